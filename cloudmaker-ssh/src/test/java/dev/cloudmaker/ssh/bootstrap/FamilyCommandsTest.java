package dev.cloudmaker.ssh.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.cloudmaker.ssh.bootstrap.fake.Bootstraps;
import dev.cloudmaker.ssh.bootstrap.fake.FakeServer;
import dev.cloudmaker.ssh.bootstrap.fake.Servers;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Per family: the exact package, firewall and service commands of a first bootstrap, and a quiet second one. */
class FamilyCommandsTest {
    record Case(String name, Supplier<FakeServer> server, List<String> installs, List<String> firewall, List<String> services) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Case> families() {
        List<String> firewalld = List.of(
                "firewall-cmd --get-default-zone",
                "firewall-cmd --permanent --zone=public --list-all",
                "firewall-cmd --zone=public --list-all",
                "firewall-cmd --permanent --zone=public --add-port=22/tcp",
                "firewall-cmd --permanent --zone=public --remove-service=cockpit",
                "firewall-cmd --permanent --zone=public --remove-service=ssh",
                "firewall-cmd --reload");
        List<String> redhatServices = List.of(
                "systemctl is-enabled --quiet firewalld && systemctl is-active --quiet firewalld",
                "{ systemctl is-enabled --quiet firewalld || systemctl enable firewalld; } && systemctl start firewalld",
                "systemctl reload sshd",
                "systemctl is-enabled --quiet fail2ban && systemctl is-active --quiet fail2ban",
                "{ systemctl is-enabled --quiet fail2ban || systemctl enable fail2ban; } && systemctl restart fail2ban",
                "systemctl is-enabled --quiet dnf-automatic.timer && systemctl is-active --quiet dnf-automatic.timer",
                "{ systemctl is-enabled --quiet dnf-automatic.timer || systemctl enable dnf-automatic.timer; } && systemctl start dnf-automatic.timer",
                "systemctl is-enabled --quiet chronyd && systemctl is-active --quiet chronyd");
        List<String> ufw = List.of(
                "ufw status verbose",
                "ufw show added",
                "ufw allow 22/tcp",
                "ufw --force enable");
        return Stream.of(
                new Case("debian 12", Servers::debian12,
                        List.of("DEBIAN_FRONTEND=noninteractive apt-get -q -y -o DPkg::Lock::Timeout=300 -o Dpkg::Options::=--force-confdef"
                                + " -o Dpkg::Options::=--force-confold install ufw fail2ban python3-systemd unattended-upgrades"),
                        ufw,
                        List.of("systemctl is-enabled --quiet ufw && systemctl is-active --quiet ufw",
                                "systemctl is-active --quiet ssh.socket",
                                "systemctl reload ssh",
                                "systemctl is-enabled --quiet fail2ban && systemctl is-active --quiet fail2ban",
                                "{ systemctl is-enabled --quiet fail2ban || systemctl enable fail2ban; } && systemctl restart fail2ban",
                                "systemctl is-enabled --quiet systemd-timesyncd && systemctl is-active --quiet systemd-timesyncd")),
                new Case("fedora 41", Servers::fedora41,
                        List.of("dnf install -y firewalld fail2ban python3-systemd dnf-automatic"),
                        firewalld, redhatServices),
                new Case("rocky 9", Servers::rocky9,
                        List.of("dnf install -y epel-release", "dnf install -y firewalld fail2ban python3-systemd dnf-automatic"),
                        firewalld, redhatServices),
                new Case("arch", Servers::arch,
                        List.of("pacman -S --needed --noconfirm ufw fail2ban python-systemd"),
                        ufw,
                        List.of("systemctl is-enabled --quiet ufw && systemctl is-active --quiet ufw",
                                "{ systemctl is-enabled --quiet ufw || systemctl enable ufw; } && systemctl start ufw",
                                "systemctl reload sshd",
                                "systemctl is-enabled --quiet fail2ban && systemctl is-active --quiet fail2ban",
                                "{ systemctl is-enabled --quiet fail2ban || systemctl enable fail2ban; } && systemctl restart fail2ban",
                                "systemctl is-enabled --quiet systemd-timesyncd && systemctl is-active --quiet systemd-timesyncd")),
                new Case("freebsd 14", Servers::freebsd14,
                        List.of("env ASSUME_ALWAYS_YES=yes pkg install -y py311-fail2ban"),
                        List.of("pfctl -nf /home/cloudmaker/.cloudmaker-upload-H && mkdir -p /etc && install -o root -m 0644"
                                + " /home/cloudmaker/.cloudmaker-upload-H /etc/pf.conf; rc=$?; rm -f /home/cloudmaker/.cloudmaker-upload-H; exit $rc"),
                        List.of("service pf enabled && service pf status",
                                "sysrc pf_enable=YES && (service pf status || service pf start)",
                                "service sshd reload",
                                "service fail2ban enabled && service fail2ban status",
                                "sysrc fail2ban_enable=YES && service fail2ban restart",
                                "service ntpd enabled && service ntpd status",
                                "sysrc ntpd_enable=YES && (service ntpd status || service ntpd start)")));
    }

    private static List<String> matching(FakeServer server, String regex) {
        return DebianBootstrapTest.normalized(server.commands).stream().filter(c -> c.matches(regex)).toList();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("families")
    void installsInOneBatch(Case c) {
        FakeServer server = c.server().get();
        new Bootstraps().run(server);
        assertThat(matching(server, "^(dnf |pacman |env ASSUME_ALWAYS_YES=|DEBIAN_FRONTEND=noninteractive apt-get ).*")).isEqualTo(c.installs());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("families")
    void configuresTheFirewall(Case c) {
        FakeServer server = c.server().get();
        new Bootstraps().run(server);
        assertThat(matching(server, "^(ufw|firewall-cmd|pfctl) .*")).isEqualTo(c.firewall());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("families")
    void drivesTheServices(Case c) {
        FakeServer server = c.server().get();
        new Bootstraps().run(server);
        assertThat(matching(server, "^(\\{ )?(systemctl|service|sysrc) .*")).isEqualTo(c.services());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("families")
    void everyCommandParsesInAPosixShell(Case c) throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/bin/sh")), "needs /bin/sh");
        FakeServer server = c.server().get();
        new Bootstraps().run(server);
        Set<String> all = new LinkedHashSet<>(server.commands);
        server.sent.stream().filter(l -> !l.startsWith("upload ")).forEach(all::add);
        for (String command : all) {
            Process p = new ProcessBuilder("/bin/sh", "-n", "-c", command).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(p.waitFor()).as("sh -n of %s: %s", command, out).isZero();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("families")
    void aSecondBootstrapChangesNothing(Case c) {
        FakeServer server = c.server().get();
        Bootstraps bootstraps = new Bootstraps();
        assertThat(bootstraps.run(server).changedCount()).isPositive();
        BootstrapReport second = bootstraps.run(server);
        assertThat(Bootstraps.changed(second)).isEmpty();
        assertThat(second.steps()).extracting(StepResult::status).doesNotContain(StepStatus.FAILED, StepStatus.CHANGED);
    }
}
