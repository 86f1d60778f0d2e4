package dev.cloudmaker.ssh.bootstrap.cm;

import dev.cloudmaker.ssh.CommandResult;
import dev.cloudmaker.ssh.bootstrap.Distro;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A configuration-management tool run masterless on the server itself: installed from the
 * distribution's packages (batched with the others) or by its vendor's script, then given the role's
 * file in {@link #directory()} and run against the local machine.
 */
public sealed interface ConfigManagementTool permits Ansible, Puppet, Salt, Chef {
    String BASE_DIR = "/etc/cloudmaker";

    static ConfigManagementTool named(String tool) {
        return switch (tool == null ? "" : tool.toLowerCase(Locale.ROOT)) {
            case "ansible" -> new Ansible();
            case "puppet" -> new Puppet();
            case "salt" -> new Salt();
            case "chef" -> new Chef();
            default -> throw new IllegalArgumentException(
                    "unknown configuration management tool '" + tool + "'; known: ansible, puppet, salt, chef");
        };
    }

    String name();

    /** Packages from the distribution that install the tool, or what its install script needs. */
    List<String> packages(Distro distro);

    /** The program whose presence says the tool is installed. */
    String program();

    /** For tools the distributions do not package: the root command that installs it. */
    default Optional<String> installCommand() {
        return Optional.empty();
    }

    /** Where the role's file goes on the server; only root may read it (it may hold secrets). */
    default String directory() {
        return BASE_DIR + "/" + name();
    }

    /** The name the role's file gets in {@link #directory()}. */
    default String remoteName(String localName) {
        return localName;
    }

    /** The root command that applies {@code file} (a name in {@link #directory()}) to this machine. */
    String applyCommand(String file);

    /** How many changes a run made, or empty when it failed. */
    OptionalInt changes(CommandResult run);
}
