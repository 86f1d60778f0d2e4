package dev.cloudmaker.ssh.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cloudmaker.ssh.bootstrap.fake.Bootstraps;
import dev.cloudmaker.ssh.bootstrap.fake.FakeServer;
import dev.cloudmaker.ssh.bootstrap.fake.Servers;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Images that only let root in: no sudo, and the admin user is made and given root's keys before root is shut out. */
class RootLoginTest {
    private static FakeServer rootOnly() {
        FakeServer s = new FakeServer("r1", "root", Family.DEBIAN, "debian-12");
        s.installed.addAll(List.of("openssh-server", "sudo", "systemd-timesyncd"));
        s.service("ssh", true, true);
        s.service("systemd-timesyncd", true, true);
        s.putText("/etc/ssh/sshd_config", "Include /etc/ssh/sshd_config.d/*.conf\n".indent(0).replaceFirst("^", "#\n"), 0644, "root", "root");
        s.dirs.put("/root/.ssh", new FakeServer.FakeFile(null, 0700, "root", "root"));
        s.putText("/root/.ssh/authorized_keys", Servers.KEY + "\n", 0600, "root", "root");
        s.cloudInitExit = 0;
        s.programs.add("cloud-init");
        s.listsFresh = true;
        return s;
    }

    @Test
    void createsTheAdminWithRootsKeysAndSaysToReconnectAsTheAdmin() {
        FakeServer server = rootOnly();
        Bootstraps bootstraps = new Bootstraps();
        BootstrapReport report = bootstraps.run(server);

        assertThat(server.sent).noneMatch(c -> c.startsWith("sudo "));
        assertThat(server.commands).containsSubsequence("id -u cloudmaker", "useradd -m -s /bin/bash cloudmaker",
                "cat /root/.ssh/authorized_keys", "cat /home/cloudmaker/.ssh/authorized_keys");
        assertThat(server.text("/home/cloudmaker/.ssh/authorized_keys")).isEqualTo(Servers.KEY + "\n");
        assertThat(server.files.get("/home/cloudmaker/.ssh/authorized_keys").user()).isEqualTo("cloudmaker");
        assertThat(server.dirs.get("/home/cloudmaker/.ssh").mode()).isEqualTo(0700);
        assertThat(server.text("/etc/sudoers.d/cloudmaker-cloudmaker")).isEqualTo("cloudmaker ALL=(ALL) NOPASSWD:ALL\n");
        assertThat(report.steps()).filteredOn(r -> r.name().equals("admin user")).singleElement().isEqualTo(StepResult.changed(
                "admin user", "created cloudmaker; gave cloudmaker the SSH keys of root; cloudmaker may sudo without a password"));
        assertThat(report.reconnect()).contains(new Reconnect("cloudmaker", 22));

        assertThat(Bootstraps.changed(bootstraps.run(server))).isEmpty();
    }
}
