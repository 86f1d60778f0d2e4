package dev.cloudmaker.ssh.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cloudmaker.core.model.role.BootstrapSettings;
import dev.cloudmaker.ssh.CommandResult;
import dev.cloudmaker.ssh.bootstrap.fake.Bootstraps;
import dev.cloudmaker.ssh.bootstrap.fake.FakeServer;
import dev.cloudmaker.ssh.bootstrap.fake.Servers;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Moving sshd: the new port opens before sshd reloads, the port this session used stays open until a
 * session arrives on the new one, and the report tells the caller where to reconnect.
 */
class SshPortChangeTest {
    private static final BootstrapSettings PORT_2222 = new BootstrapSettings(true, Servers.ADMIN, 2222);
    private final Bootstraps bootstraps = new Bootstraps();

    private BootstrapReport run(FakeServer server) {
        return bootstraps.run(server, PORT_2222, null, Path.of("."));
    }

    @Test
    void opensTheNewPortBeforeSshdMovesAndTellsTheCallerToReconnect() {
        FakeServer server = Servers.debian12();
        BootstrapReport report = run(server);

        assertThat(server.commands).containsSubsequence("ufw allow 22/tcp", "ufw allow 2222/tcp", "ufw --force enable",
                "sshd -t", "systemctl reload ssh");
        assertThat(server.text("/etc/ssh/sshd_config.d/00-cloudmaker.conf")).endsWith("PubkeyAuthentication yes\nPort 2222\n");
        assertThat(server.text("/etc/fail2ban/jail.d/cloudmaker-sshd.local")).contains("port = 2222\n");
        assertThat(server.ufw.rules).containsExactly("allow 22/tcp", "allow 2222/tcp");
        assertThat(report.reconnect()).contains(new Reconnect(Servers.ADMIN, 2222));
        assertThat(report.steps()).filteredOn(r -> r.name().equals("sshd")).singleElement()
                .satisfies(r -> assertThat(r.detail()).endsWith("sshd now listens on port 2222: reconnect there"));
    }

    @Test
    void theOldPortClosesOnceABootstrapComesInOnTheNewOne() {
        FakeServer server = Servers.debian12();
        run(server);
        // The caller did not reconnect: nothing changes, the old port stays open.
        BootstrapReport sameSession = run(server);
        assertThat(Bootstraps.changed(sameSession)).isEmpty();
        assertThat(server.ufw.rules).containsExactly("allow 22/tcp", "allow 2222/tcp");

        server.loginPort = 2222;
        BootstrapReport reconnected = run(server);
        assertThat(Bootstraps.changed(reconnected)).containsExactly("firewall: removed rule 'allow 22/tcp'");
        assertThat(server.ufw.rules).containsExactly("allow 2222/tcp");
        assertThat(reconnected.reconnect()).isEmpty();

        assertThat(Bootstraps.changed(run(server))).isEmpty();
    }

    @Test
    void onRedHatTheNewPortIsOpenedInFirewalldAndLabelledForSelinux() {
        FakeServer server = Servers.rocky9();
        server.script("selinuxenabled", new CommandResult(0, "", ""));
        server.script("semanage port -l | grep '^ssh_port_t' | grep -qw 2222", new CommandResult(1, "", ""));
        server.script("semanage port -a -t ssh_port_t -p tcp 2222 || semanage port -m -t ssh_port_t -p tcp 2222",
                new CommandResult(0, "", ""));
        BootstrapReport report = run(server);

        assertThat(server.commands).containsSubsequence(
                "dnf install -y epel-release",
                "dnf install -y firewalld policycoreutils-python-utils fail2ban python3-systemd dnf-automatic",
                "firewall-cmd --permanent --zone=public --add-port=22/tcp",
                "firewall-cmd --permanent --zone=public --add-port=2222/tcp",
                "firewall-cmd --reload",
                "sshd -t",
                "semanage port -a -t ssh_port_t -p tcp 2222 || semanage port -m -t ssh_port_t -p tcp 2222",
                "systemctl reload sshd");
        assertThat(server.firewalld.ports).containsExactly("22/tcp", "2222/tcp");
        assertThat(server.firewalld.services).containsExactly("dhcpv6-client");
        assertThat(report.reconnect()).isEqualTo(Optional.of(new Reconnect(Servers.ADMIN, 2222)));
    }

    @Test
    void firewalldRuntimeRulesLeftBehindByACutRunAreReloaded() {
        FakeServer server = Servers.fedora41();
        bootstraps.run(server);
        // As if a run stopped between the permanent edit and --reload.
        server.firewalld.runtimePorts.add("8080/tcp");
        BootstrapReport report = bootstraps.run(server);
        assertThat(Bootstraps.changed(report)).containsExactly("firewall: loaded the permanent rules");
        assertThat(server.firewalld.runtimePorts).containsExactly("22/tcp");
    }

    @Test
    void onFreeBsdPfOpensBothPortsAndTheSshdBlockSitsAtTheTopOfTheMainFile() {
        FakeServer server = Servers.freebsd14();
        run(server);
        assertThat(server.text("/etc/pf.conf")).contains("pass in proto tcp to port { 22 2222 } flags any keep state\n")
                .contains("block in all\n").contains("anchor \"f2b/*\"\n");
        assertThat(server.text("/etc/ssh/sshd_config")).startsWith("""
                # BEGIN cloudmaker: sshd keeps the first value it reads, so this block comes first
                PermitRootLogin no
                PasswordAuthentication no
                KbdInteractiveAuthentication no
                PubkeyAuthentication yes
                Port 2222
                # END cloudmaker
                #\t$OpenBSD: sshd_config""");
        assertThat(server.text("/usr/local/etc/fail2ban/jail.d/cloudmaker-sshd.local")).isEqualTo("""
                # Managed by cloudmaker.
                [sshd]
                enabled = true
                port = 2222
                backend = auto
                logpath = /var/log/auth.log
                banaction = pf
                """);
    }
}
