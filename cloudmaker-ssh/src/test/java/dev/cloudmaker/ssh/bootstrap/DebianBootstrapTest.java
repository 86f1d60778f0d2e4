package dev.cloudmaker.ssh.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cloudmaker.core.model.role.BootstrapSettings;
import dev.cloudmaker.ssh.bootstrap.fake.Bootstraps;
import dev.cloudmaker.ssh.bootstrap.fake.FakeServer;
import dev.cloudmaker.ssh.bootstrap.fake.Servers;
import dev.cloudmaker.ssh.bootstrap.step.CloudInitStep;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The Debian 12 path end to end, command by command: the one that runs for real first. */
class DebianBootstrapTest {
    private final Bootstraps bootstraps = new Bootstraps();

    /** Upload names carry a hash of the content; the transcript should not break on a changed comment. */
    static List<String> normalized(List<String> commands) {
        return commands.stream().map(c -> c.replaceAll("\\.cloudmaker-upload-[0-9a-f]{16}", ".cloudmaker-upload-H")).toList();
    }

    @Test
    void aFreshServerGetsExactlyTheseCommands() {
        FakeServer server = Servers.debian12();
        BootstrapReport report = bootstraps.run(server);

        String dpkgQuery = "; do [ \"$(dpkg-query -W -f='${db:Status-Status}' \"$p\" 2>/dev/null)\" = installed ] && echo \"$p\"; done; true";
        String upload = "/home/cloudmaker/.cloudmaker-upload-H";
        assertThat(normalized(server.commands)).containsExactly(
                CloudInitStep.WAIT,
                "cat /etc/os-release 2>/dev/null || cat /usr/lib/os-release 2>/dev/null || uname -sr",
                "systemd-detect-virt --container",
                "for p in chrony" + dpkgQuery,
                "[ -z \"$(ls -A /var/lib/dpkg/updates 2>/dev/null)\" ] && [ -z \"$(dpkg --audit 2>/dev/null)\" ]",
                "for p in sudo ufw fail2ban python3-systemd unattended-upgrades systemd-timesyncd" + dpkgQuery,
                "find /var/lib/apt/lists -maxdepth 0 -mmin -60 | grep -q .",
                "DEBIAN_FRONTEND=noninteractive apt-get -q -y -o DPkg::Lock::Timeout=300 -o Dpkg::Options::=--force-confdef"
                        + " -o Dpkg::Options::=--force-confold install ufw fail2ban python3-systemd unattended-upgrades",
                "for p in ufw fail2ban python3-systemd unattended-upgrades" + dpkgQuery,
                "id -u cloudmaker",
                "sha256sum /etc/sudoers.d/cloudmaker-cloudmaker && find /etc/sudoers.d/cloudmaker-cloudmaker -maxdepth 0 -perm 0440 -user root",
                "printf '%s\\n' \"$HOME\" \"$SSH_CONNECTION\"",
                "visudo -cf " + upload + " && mkdir -p /etc/sudoers.d && install -o root -m 0440 " + upload
                        + " /etc/sudoers.d/cloudmaker-cloudmaker; rc=$?; rm -f " + upload + "; exit $rc",
                "ufw status verbose",
                "ufw show added",
                "cat /etc/default/ufw",
                "ufw allow 22/tcp",
                "ufw --force enable",
                "systemctl is-enabled --quiet ufw && systemctl is-active --quiet ufw",
                "grep -Eq '^[[:space:]]*Include[[:space:]]+/etc/ssh/sshd_config\\.d/\\*\\.conf' /etc/ssh/sshd_config",
                "sha256sum /etc/ssh/sshd_config.d/00-cloudmaker.conf && find /etc/ssh/sshd_config.d/00-cloudmaker.conf -maxdepth 0 -perm 0644 -user root",
                "cat /etc/ssh/sshd_config.d/00-cloudmaker.conf",
                "mkdir -p /var/lib/cloudmaker/pending && touch /var/lib/cloudmaker/pending/sshd-reload",
                "mkdir -p /etc/ssh/sshd_config.d && install -o root -m 0644 " + upload
                        + " /etc/ssh/sshd_config.d/00-cloudmaker.conf; rc=$?; rm -f " + upload + "; exit $rc",
                "sshd -t",
                "systemctl is-active --quiet ssh.socket",
                "systemctl reload ssh",
                "rm -f /var/lib/cloudmaker/pending/sshd-reload",
                "systemctl is-enabled --quiet fail2ban && systemctl is-active --quiet fail2ban",
                "sha256sum /etc/fail2ban/jail.d/cloudmaker-sshd.local && find /etc/fail2ban/jail.d/cloudmaker-sshd.local -maxdepth 0 -perm 0644 -user root",
                "mkdir -p /var/lib/cloudmaker/pending && touch /var/lib/cloudmaker/pending/fail2ban-restart",
                "mkdir -p /etc/fail2ban/jail.d && install -o root -m 0644 " + upload
                        + " /etc/fail2ban/jail.d/cloudmaker-sshd.local; rc=$?; rm -f " + upload + "; exit $rc",
                "fail2ban-client -t",
                "{ systemctl is-enabled --quiet fail2ban || systemctl enable fail2ban; } && systemctl restart fail2ban",
                "rm -f /var/lib/cloudmaker/pending/fail2ban-restart",
                "sha256sum /etc/apt/apt.conf.d/20auto-upgrades && find /etc/apt/apt.conf.d/20auto-upgrades -maxdepth 0 -perm 0644 -user root",
                "mkdir -p /etc/apt/apt.conf.d && install -o root -m 0644 " + upload
                        + " /etc/apt/apt.conf.d/20auto-upgrades; rc=$?; rm -f " + upload + "; exit $rc",
                "systemctl is-enabled --quiet systemd-timesyncd && systemctl is-active --quiet systemd-timesyncd");

        assertThat(Bootstraps.statuses(report)).containsExactly(
                java.util.Map.entry("cloud-init", StepStatus.OK),
                java.util.Map.entry("detect distro", StepStatus.OK),
                java.util.Map.entry("packages", StepStatus.CHANGED),
                java.util.Map.entry("admin user", StepStatus.CHANGED),
                java.util.Map.entry("firewall", StepStatus.CHANGED),
                java.util.Map.entry("sshd", StepStatus.CHANGED),
                java.util.Map.entry("fail2ban", StepStatus.CHANGED),
                java.util.Map.entry("automatic security updates", StepStatus.CHANGED),
                java.util.Map.entry("time sync", StepStatus.OK));
        assertThat(report.changedCount()).isEqualTo(6);
        assertThat(report.distro().id()).isEqualTo("debian");
        assertThat(report.reconnect()).isEmpty();
    }

    @Test
    void rootWorkGoesThroughSudoWithoutAPasswordPrompt() {
        FakeServer server = Servers.debian12();
        bootstraps.run(server);
        assertThat(server.sent).contains("sudo -n sh -c 'ufw allow 22/tcp'",
                "sudo -n sh -c 'for p in chrony; do [ \"$(dpkg-query -W -f='\\''${db:Status-Status}'\\'' \"$p\" 2>/dev/null)\""
                        + " = installed ] && echo \"$p\"; done; true'");
        // Only the session facts and os-release are read as the login user.
        assertThat(server.sent).filteredOn(c -> !c.startsWith("sudo -n sh -c ") && !c.startsWith("upload "))
                .containsExactly("cat /etc/os-release 2>/dev/null || cat /usr/lib/os-release 2>/dev/null || uname -sr",
                        "printf '%s\\n' \"$HOME\" \"$SSH_CONNECTION\"");
    }

    @Test
    void theServerEndsUpHardened() {
        FakeServer server = Servers.debian12();
        bootstraps.run(server);

        assertThat(server.text("/etc/ssh/sshd_config.d/00-cloudmaker.conf")).isEqualTo("""
                # Managed by cloudmaker. Sorts before cloud-init's 50-cloud-init.conf, so its values win.
                PermitRootLogin no
                PasswordAuthentication no
                KbdInteractiveAuthentication no
                PubkeyAuthentication yes
                """);
        assertThat(server.text("/etc/fail2ban/jail.d/cloudmaker-sshd.local")).isEqualTo("""
                # Managed by cloudmaker.
                [sshd]
                enabled = true
                port = 22
                backend = systemd
                """);
        assertThat(server.text("/etc/apt/apt.conf.d/20auto-upgrades"))
                .isEqualTo("APT::Periodic::Update-Package-Lists \"1\";\nAPT::Periodic::Unattended-Upgrade \"1\";\n");
        assertThat(server.files.get("/etc/sudoers.d/cloudmaker-cloudmaker"))
                .satisfies(f -> assertThat(f.text()).isEqualTo("cloudmaker ALL=(ALL) NOPASSWD:ALL\n"))
                .satisfies(f -> assertThat(f.mode()).isEqualTo(0440));
        assertThat(server.ufw.active).isTrue();
        assertThat(server.ufw.rules).containsExactly("allow 22/tcp");
        assertThat(server.active).contains("fail2ban", "ufw", "ssh", "systemd-timesyncd");
        assertThat(server.serviceEvents).containsExactly("reload ssh", "restart fail2ban");
        // No upload is left behind in the admin's home.
        assertThat(server.files.keySet()).noneMatch(p -> p.contains(".cloudmaker-upload-"));
        assertThat(server.files.keySet()).noneMatch(p -> p.startsWith(ConfigChange.PENDING_DIR));
    }

    @Test
    void aSecondRunOnlyChecks() {
        FakeServer server = Servers.debian12();
        bootstraps.run(server);
        int from = server.commands.size();
        int uploads = server.sent.size() - from;

        BootstrapReport second = bootstraps.run(server);

        assertThat(Bootstraps.changed(second)).isEmpty();
        assertThat(second.changedCount()).isZero();
        assertThat(second.steps()).extracting(StepResult::status).containsOnly(StepStatus.OK);
        List<String> again = server.commandsSince(from);
        assertThat(again).noneMatch(c -> c.contains("apt-get") || c.startsWith("ufw allow") || c.startsWith("systemctl reload")
                || c.contains("systemctl enable") || c.contains("install -o"));
        assertThat(server.sent.subList(server.sent.size() - again.size(), server.sent.size())).noneMatch(c -> c.startsWith("upload"));
        assertThat(uploads).isPositive();
        assertThat(server.aptUpdates).isZero();
    }

    @Test
    void aUfwWhoseDefaultsFileLetsTrafficInIsSetToDenyIt() {
        FakeServer server = Servers.debian12();
        server.ufw.incoming = "allow";

        BootstrapReport report = bootstraps.run(server);

        assertThat(server.commands).contains("ufw default deny incoming", "ufw default allow outgoing");
        assertThat(report.steps()).filteredOn(r -> r.name().equals("firewall")).singleElement()
                .satisfies(r -> assertThat(r.detail()).startsWith("default deny incoming, allow outgoing"));
        assertThat(server.ufw.incoming).isEqualTo("deny");
    }

    @Test
    void aServiceIsEnabledAtBootOnlyWhenItIsNotYet() {
        FakeServer enabledOnInstall = Servers.debian12();
        bootstraps.run(enabledOnInstall);
        assertThat(enabledOnInstall.serviceEvents).contains("restart fail2ban").doesNotContain("enable fail2ban");

        FakeServer disabled = Servers.debian12();
        disabled.installed.add("fail2ban");
        disabled.service("fail2ban", false, false);
        bootstraps.run(disabled);
        assertThat(disabled.serviceEvents).containsSubsequence("enable fail2ban", "restart fail2ban");
        assertThat(disabled.enabled).contains("fail2ban");
    }

    @Test
    void listenerHearsEveryStepStartAndFinish() {
        FakeServer server = Servers.debian12();
        bootstraps.run(server);
        assertThat(bootstraps.events).startsWith("db1 started cloud-init", "db1 OK cloud-init",
                "db1 started detect distro", "db1 OK detect distro", "db1 started packages", "db1 CHANGED packages");
        assertThat(bootstraps.events).hasSize(18);
    }

    @Test
    void staleListsAreRefreshedOnceBeforeTheInstall() {
        FakeServer server = Servers.debian12();
        server.listsFresh = false;
        bootstraps.run(server);
        assertThat(server.aptUpdates).isEqualTo(1);
        assertThat(server.commands).containsSubsequence("find /var/lib/apt/lists -maxdepth 0 -mmin -60 | grep -q .",
                "DEBIAN_FRONTEND=noninteractive apt-get -q -o DPkg::Lock::Timeout=300 update");
    }

    @Test
    void listsThatLookFreshButLackAPackageAreRefreshedAndTheInstallRetried() {
        FakeServer server = Servers.debian12();
        server.missingFromLists.add("fail2ban");
        BootstrapReport report = bootstraps.run(server);
        assertThat(server.aptUpdates).isEqualTo(1);
        assertThat(server.installed).contains("fail2ban");
        assertThat(report.changedCount()).isEqualTo(6);
    }

    @Test
    void insideAContainerTimeSyncIsSkippedAndNotInstalled() {
        FakeServer server = Servers.debian12();
        server.installed.remove("systemd-timesyncd");
        server.container = true;
        BootstrapReport report = bootstraps.run(server);
        assertThat(report.steps()).contains(StepResult.skipped("time sync", "a container keeps the host's clock"));
        assertThat(server.installed).doesNotContain("systemd-timesyncd");
        assertThat(Bootstraps.changed(bootstraps.run(server))).isEmpty();
    }

    @Test
    void aDebianImageWithChronyKeepsIt() {
        FakeServer server = Servers.debian12();
        server.installed.remove("systemd-timesyncd");
        server.installed.add("chrony");
        server.service("chrony", true, false);
        BootstrapReport report = bootstraps.run(server);
        assertThat(server.installed).doesNotContain("systemd-timesyncd");
        assertThat(report.steps()).contains(StepResult.changed("time sync", "started chrony"));
        assertThat(server.commands).contains("{ systemctl is-enabled --quiet chrony || systemctl enable chrony; } && systemctl start chrony");
    }

    @Test
    void ubuntuUsesTheSameCommandsAndRestartsTheSshSocketWhereSshdIsSocketActivated() {
        FakeServer server = Servers.ubuntu2404();
        server.service("ssh.socket", true, true);
        BootstrapReport report = bootstraps.run(server, new BootstrapSettings(true, Servers.ADMIN, 2222), null, Path.of("."));
        assertThat(report.distro().prettyName()).isEqualTo("Ubuntu 24.04.1 LTS");
        assertThat(server.commands).contains("systemctl daemon-reload && systemctl restart ssh.socket")
                .doesNotContain("systemctl reload ssh");
    }
}
