package dev.cloudmaker.ssh.bootstrap.testrole;

import dev.cloudmaker.core.model.role.FileSpec;
import dev.cloudmaker.core.model.role.PortSpec;
import dev.cloudmaker.ssh.bootstrap.Distro;
import dev.cloudmaker.ssh.bootstrap.Family;
import dev.cloudmaker.ssh.bootstrap.RemoteHost;
import dev.cloudmaker.ssh.bootstrap.StepResult;
import dev.cloudmaker.ssh.bootstrap.role.Role;
import java.util.List;

/** A tiny Java role, registered in META-INF/services, to prove roles are found and their hooks run. */
public class MotdRole extends Role {
    static final String MARKER = "/var/lib/motd/configured";

    @Override
    public String name() {
        return "motd";
    }

    @Override
    public List<String> packages(Distro distro) {
        return distro.family() == Family.DEBIAN ? List.of("figlet") : List.of();
    }

    @Override
    public List<PortSpec> ports() {
        return List.of(new PortSpec(8080, "tcp"));
    }

    @Override
    public List<FileSpec> files() {
        return List.of(new FileSpec("/etc/motd", "Managed by cloudmaker.\n", null, "0644", "root"));
    }

    @Override
    public List<StepResult> beforeHardening(RemoteHost host) {
        return List.of(StepResult.ok("motd: repository", "no repository needed"));
    }

    @Override
    public List<StepResult> configure(RemoteHost host) {
        if (host.files().exists(MARKER)) {
            return List.of(StepResult.ok("motd: configure", "already configured"));
        }
        host.sudoOk("touch " + MARKER);
        return List.of(StepResult.changed("motd: configure", "configured"));
    }

    @Override
    public List<StepResult> verify(RemoteHost host) {
        return List.of(host.files().exists("/etc/motd") ? StepResult.ok("motd: verify", "/etc/motd is there")
                : StepResult.failed("motd: verify", "/etc/motd is missing"));
    }
}
