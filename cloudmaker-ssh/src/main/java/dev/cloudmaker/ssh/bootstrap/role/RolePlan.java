package dev.cloudmaker.ssh.bootstrap.role;

import dev.cloudmaker.core.model.role.CommandSpec;
import dev.cloudmaker.core.model.role.ConfigManagement;
import dev.cloudmaker.core.model.role.FileSpec;
import dev.cloudmaker.core.model.role.PortSpec;
import dev.cloudmaker.core.model.role.RoleSpec;
import dev.cloudmaker.core.model.role.UserSpec;
import dev.cloudmaker.ssh.bootstrap.Distro;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A role ready to run: its declarative parts and its Java role merged, and every local file it names
 * read up front, so a missing file fails the bootstrap before it touches a server.
 */
public final class RolePlan {
    private final RoleSpec spec;
    private final Role role;
    private final Map<FileSpec, byte[]> files = new LinkedHashMap<>();
    private final byte[] applyContent;

    private RolePlan(RoleSpec spec, Role role, Path baseDir) {
        this.spec = spec;
        this.role = role;
        List<FileSpec> all = new ArrayList<>(spec.files());
        if (role != null) {
            all.addAll(role.files());
        }
        for (FileSpec f : all) {
            files.put(f, content(f, baseDir));
        }
        ConfigManagement cm = spec.configManagement();
        this.applyContent = cm == null || cm.apply() == null ? null : read(baseDir, cm.apply(), "the " + cm.tool() + " file");
    }

    /** {@code baseDir} is where relative file sources resolve (cloud.json's directory). */
    public static RolePlan of(RoleSpec spec, Path baseDir, ClassLoader loader) {
        return new RolePlan(spec, Roles.find(spec, loader).orElse(null), baseDir);
    }

    public String name() {
        return spec.name();
    }

    public Optional<Role> javaRole() {
        return Optional.ofNullable(role);
    }

    public List<String> packages(Distro distro) {
        List<String> all = new ArrayList<>(spec.packages());
        if (role != null) {
            all.addAll(role.packages(distro));
        }
        return all;
    }

    public List<PortSpec> ports() {
        List<PortSpec> all = new ArrayList<>(spec.ports());
        if (role != null) {
            all.addAll(role.ports());
        }
        return all;
    }

    /** Each file with its content, declarative ones first. */
    public Map<FileSpec, byte[]> files() {
        return files;
    }

    public List<UserSpec> users() {
        return spec.users();
    }

    public List<CommandSpec> commands() {
        return spec.commands();
    }

    public Optional<ConfigManagement> configManagement() {
        return Optional.ofNullable(spec.configManagement());
    }

    /** The file the tool applies, with the name it has locally. */
    public Optional<Map.Entry<String, byte[]>> applyFile() {
        return applyContent == null ? Optional.empty()
                : Optional.of(Map.entry(Path.of(spec.configManagement().apply()).getFileName().toString(), applyContent.clone()));
    }

    private byte[] content(FileSpec f, Path baseDir) {
        boolean inline = f.content() != null;
        if (inline == (f.source() != null)) {
            throw new RoleException("role " + spec.name() + ": file " + f.path() + " needs exactly one of content and source");
        }
        return inline ? f.content().getBytes(StandardCharsets.UTF_8) : read(baseDir, f.source(), "the source of " + f.path());
    }

    private byte[] read(Path baseDir, String relative, String what) {
        Path path = baseDir.resolve(relative);
        try {
            return Files.readAllBytes(path);
        } catch (IOException e) {
            throw new RoleException("role " + spec.name() + ": cannot read " + what + " (" + path + "): " + e.getMessage(), e);
        }
    }
}
