package dev.cloudmaker.core.model.role;

import java.util.List;

/**
 * A role a server plays, declared in cloud.json under {@code roles}: what to install, which users and
 * files to have, which commands to run once, which ports the firewall opens, and which configuration
 * management tool applies what. {@code className} names a Java role found through ServiceLoader
 * instead of (or on top of) the declarative parts; it may be null, as may {@code configManagement}.
 */
public record RoleSpec(
        String name,
        List<String> packages,
        List<UserSpec> users,
        List<FileSpec> files,
        List<CommandSpec> commands,
        List<PortSpec> ports,
        ConfigManagement configManagement,
        String className) {

    public RoleSpec {
        packages = List.copyOf(packages);
        users = List.copyOf(users);
        files = List.copyOf(files);
        commands = List.copyOf(commands);
        ports = List.copyOf(ports);
    }

    /** The role of a server that names none: the hardening baseline only. */
    public static RoleSpec none() {
        return named("");
    }

    /** A role that declares nothing itself: only a Java role of that name can give it content. */
    public static RoleSpec named(String name) {
        return new RoleSpec(name, List.of(), List.of(), List.of(), List.of(), List.of(), null, null);
    }
}
