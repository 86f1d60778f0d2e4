package dev.cloudmaker.ssh.bootstrap.role;

import dev.cloudmaker.core.model.role.FileSpec;
import dev.cloudmaker.core.model.role.PortSpec;
import dev.cloudmaker.ssh.bootstrap.Distro;
import dev.cloudmaker.ssh.bootstrap.RemoteHost;
import dev.cloudmaker.ssh.bootstrap.StepResult;
import java.util.List;

/**
 * A role written in Java, in the manner of cgcloud's Box: override the hooks the role needs. The
 * declarative parts (packages, ports, files) join the bootstrap's own: packages go into the one batched
 * install, ports into the firewall, files are written like a RoleSpec's. The hooks run in this order:
 * {@link #beforeHardening} (after the distro is known, before any package is installed: add a package
 * repository here), the hardening and the declarative role, {@link #configure}, {@link #verify}.
 *
 * <p>Found through {@link java.util.ServiceLoader} by {@link #name()}, or named by RoleSpec.className;
 * either way it needs a public constructor without arguments. Each hook returns its step results and
 * must be idempotent like every step: a second bootstrap reports no CHANGED.
 */
public abstract class Role {
    /** The name cloud.json uses for the role. */
    public abstract String name();

    public List<String> packages(Distro distro) {
        return List.of();
    }

    public List<PortSpec> ports() {
        return List.of();
    }

    public List<FileSpec> files() {
        return List.of();
    }

    public List<StepResult> beforeHardening(RemoteHost host) {
        return List.of();
    }

    public List<StepResult> configure(RemoteHost host) {
        return List.of();
    }

    /** Checks the role works (a port answers, a service runs); return FAILED results to stop. */
    public List<StepResult> verify(RemoteHost host) {
        return List.of();
    }
}
