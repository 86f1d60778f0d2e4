package dev.cloudmaker.ssh.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cloudmaker.core.model.role.BootstrapSettings;
import dev.cloudmaker.core.model.role.CommandSpec;
import dev.cloudmaker.core.model.role.FileSpec;
import dev.cloudmaker.core.model.role.PortSpec;
import dev.cloudmaker.core.model.role.RoleSpec;
import dev.cloudmaker.core.model.role.UserSpec;
import dev.cloudmaker.ssh.CommandResult;
import dev.cloudmaker.ssh.bootstrap.fake.Bootstraps;
import dev.cloudmaker.ssh.bootstrap.fake.FakeServer;
import dev.cloudmaker.ssh.bootstrap.fake.Servers;
import dev.cloudmaker.ssh.bootstrap.platform.DebianPlatform;
import dev.cloudmaker.ssh.bootstrap.step.CloudInitStep;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** A bootstrap cut off anywhere finishes when run again, and then a further run changes nothing. */
class InterruptionTest {
    static final String APT_INSTALL = "DEBIAN_FRONTEND=noninteractive apt-get -q -y -o DPkg::Lock::Timeout=300"
            + " -o Dpkg::Options::=--force-confdef -o Dpkg::Options::=--force-confold install ufw fail2ban python3-systemd unattended-upgrades";
    static final RoleSpec ROLE = new RoleSpec("web", List.of("nginx"),
            List.of(new UserSpec("deploy", List.of("www-data"), List.of(Servers.KEY), false)),
            List.of(new FileSpec("/etc/nginx/conf.d/site.conf", "server { listen 80; }\n", null, "0644", "root")),
            List.of(new CommandSpec("touch /var/lib/web/initialized", "/var/lib/web/initialized", null)),
            List.of(new PortSpec(80, "tcp")), null, null);

    private final Bootstraps bootstraps = new Bootstraps();

    private BootstrapReport run(FakeServer server) {
        return bootstraps.run(server, BootstrapSettings.defaults(), ROLE, Path.of("."));
    }

    static Stream<Arguments> everyCommand() {
        int total = commandsOfAFullRun(Servers::debian12);
        return IntStream.rangeClosed(1, total).boxed()
                .flatMap(n -> Stream.of(Arguments.of(n, false), Arguments.of(n, true)));
    }

    private static int commandsOfAFullRun(Supplier<FakeServer> servers) {
        FakeServer s = servers.get();
        new Bootstraps().run(s, BootstrapSettings.defaults(), ROLE, Path.of("."));
        return s.commands.size();
    }

    @ParameterizedTest(name = "cut at command {0}, after it ran: {1}")
    @MethodSource("everyCommand")
    void aRunCutAtAnyCommandIsFinishedByTheNext(int n, boolean afterRunning) {
        FakeServer reference = Servers.debian12();
        run(reference);

        FakeServer server = Servers.debian12();
        server.cutConnectionAt(n, afterRunning);
        assertThatThrownBy(() -> run(server)).isInstanceOf(BootstrapException.class)
                .hasMessageContaining("connection lost");
        run(server);
        BootstrapReport third = run(server);

        assertThat(Bootstraps.changed(third)).isEmpty();
        assertThat(server.files.keySet()).isEqualTo(reference.files.keySet());
        assertThat(server.files.get("/etc/ssh/sshd_config.d/00-cloudmaker.conf").text())
                .isEqualTo(reference.files.get("/etc/ssh/sshd_config.d/00-cloudmaker.conf").text());
        assertThat(server.installed).isEqualTo(reference.installed);
        assertThat(server.active).isEqualTo(reference.active);
        assertThat(server.ufw.rules).isEqualTo(reference.ufw.rules);
        assertThat(server.ufw.active).isTrue();
    }

    @Test
    void aReloadOwedByACutRunIsMadeByTheNextEvenThoughTheFileMatches() {
        FakeServer server = Servers.debian12();
        int reload = indexOf(Servers::debian12, "systemctl reload ssh");
        server.cutConnectionAt(reload + 1, false);
        assertThatThrownBy(() -> run(server)).isInstanceOf(BootstrapException.class)
                .satisfies(e -> assertThat(((BootstrapException) e).step()).isEqualTo("sshd"))
                .satisfies(e -> assertThat(((BootstrapException) e).command()).isEqualTo("systemctl reload ssh"));
        assertThat(server.serviceEvents).doesNotContain("reload ssh");

        int from = server.commands.size();
        BootstrapReport rerun = run(server);
        assertThat(server.commandsSince(from)).contains("systemctl reload ssh");
        assertThat(rerun.steps()).filteredOn(r -> r.name().equals("sshd")).extracting(StepResult::status)
                .containsExactly(StepStatus.CHANGED);
        assertThat(server.serviceEvents).containsOnlyOnce("reload ssh");
    }

    private static int indexOf(Supplier<FakeServer> servers, String command) {
        FakeServer s = servers.get();
        new Bootstraps().run(s, BootstrapSettings.defaults(), ROLE, Path.of("."));
        return s.commands.indexOf(command);
    }

    @Test
    void anInterruptedDpkgIsFinishedBeforeInstalling() {
        FakeServer server = Servers.debian12();
        server.dpkgInterrupted = true;
        BootstrapReport report = run(server);
        assertThat(server.commands).containsSubsequence(
                "[ -z \"$(ls -A /var/lib/dpkg/updates 2>/dev/null)\" ] && [ -z \"$(dpkg --audit 2>/dev/null)\" ]",
                "DEBIAN_FRONTEND=noninteractive dpkg --force-confdef --force-confold --configure -a",
                "DEBIAN_FRONTEND=noninteractive apt-get -q -y -o DPkg::Lock::Timeout=300 -o Dpkg::Options::=--force-confdef"
                        + " -o Dpkg::Options::=--force-confold install ufw fail2ban python3-systemd unattended-upgrades nginx");
        assertThat(report.steps()).filteredOn(r -> r.name().equals("packages")).singleElement()
                .satisfies(r -> assertThat(r.detail()).startsWith("finished an interrupted dpkg run (dpkg --configure -a); installed "));
        assertThat(server.dpkgInterrupted).isFalse();
    }

    @Test
    void anInterruptedDpkgAloneIsAChange() {
        FakeServer server = Servers.debian12();
        run(server);
        server.dpkgInterrupted = true;
        BootstrapReport report = run(server);
        assertThat(Bootstraps.changed(report)).containsExactly("packages: finished an interrupted dpkg run (dpkg --configure -a)");
    }

    @Test
    void aPackageCutOffMidUnpackIsUnpackedAgainEvenWhenEveryWantedPackageIsInstalled() {
        FakeServer server = Servers.debian12();
        run(server);
        // killed while unpacking a dependency, after the wanted packages were unpacked: --configure -a leaves it as it is
        server.dpkgInterrupted = true;
        server.halfInstalled.add("python3-jinja2");

        BootstrapReport rerun = run(server);

        assertThat(Bootstraps.changed(rerun)).containsExactly(
                "packages: finished an interrupted dpkg run (dpkg --configure -a, reinstalled python3-jinja2)");
        assertThat(server.commands).contains(DebianPlatform.REINSTALL + " python3-jinja2");
        assertThat(server.halfInstalled).isEmpty();
        assertThat(Bootstraps.changed(run(server))).isEmpty();
    }

    @Test
    void aPackageUnpackedBeforeItsDependenciesGetsThemFromApt() {
        FakeServer server = Servers.debian12();
        run(server);
        server.unpackedWithoutDependencies = true;
        server.halfInstalled.add("ruby3.1");

        BootstrapReport rerun = run(server);

        // dpkg cannot configure it and apt will not reinstall anything until -f install brought its dependencies
        assertThat(server.commands).containsSubsequence(DebianPlatform.CONFIGURE_PENDING,
                DebianPlatform.REINSTALL + " ruby3.1", DebianPlatform.FIX_BROKEN,
                DebianPlatform.REINSTALL + " ruby3.1");
        assertThat(Bootstraps.changed(rerun)).containsExactly(
                "packages: finished an interrupted dpkg run (dpkg --configure -a, apt-get -f install, reinstalled ruby3.1)");
        assertThat(Bootstraps.changed(run(server))).isEmpty();
    }

    @Test
    void aDpkgLockHeldThroughTheWholeWaitStopsTheRepairThere() {
        FakeServer server = Servers.debian12();
        server.dpkgInterrupted = true;
        CommandResult busy = new CommandResult(2, "", "dpkg: error: dpkg frontend lock was locked by another process with pid 812\n");
        server.script(DebianPlatform.CONFIGURE_PENDING, Stream.generate(() -> busy).limit(100).toArray(CommandResult[]::new));

        assertThatThrownBy(() -> run(server)).isInstanceOf(BootstrapException.class)
                .hasMessageContaining("cannot finish an interrupted dpkg run while another process holds dpkg's lock");
        assertThat(bootstraps.pauses.stream().mapToLong(Duration::toSeconds).sum()).isBetween(600L, 630L);
        assertThat(server.commands).noneMatch(c -> c.startsWith(DebianPlatform.APT_GET));
    }

    @Test
    void aptRefusingToFinishDpkgsRunStopsTheBootstrapWithItsReason() {
        FakeServer server = Servers.debian12();
        server.unpackedWithoutDependencies = true;
        server.script(DebianPlatform.FIX_BROKEN, new CommandResult(100, "",
                "E: Packages need to be removed but remove is disabled.\n"));

        assertThatThrownBy(() -> run(server)).isInstanceOfSatisfying(BootstrapException.class, e -> {
            assertThat(e.step()).isEqualTo("packages");
            assertThat(e.command()).isEqualTo(DebianPlatform.FIX_BROKEN);
            assertThat(e.getMessage()).contains(
                    "cannot finish an interrupted dpkg run (tried dpkg --configure -a, apt-get -f install)",
                    "Packages need to be removed but remove is disabled");
        });
        assertThat(server.commands).noneMatch(c -> c.startsWith(APT_INSTALL));
    }

    @Test
    void dpkgStillUnfinishedThoughAptSawNothingWrongStopsTheBootstrapWithDpkgsAudit() {
        FakeServer server = Servers.debian12();
        server.halfInstalled.add("ruby3.1");
        CommandResult failed = new CommandResult(100, "", "E: Sub-process /usr/bin/dpkg returned an error code (1)\n");
        server.script(DebianPlatform.REINSTALL + " ruby3.1", failed, failed);

        assertThatThrownBy(() -> run(server)).isInstanceOf(BootstrapException.class).hasMessageContaining(
                "cannot finish an interrupted dpkg run (tried dpkg --configure -a, apt-get -f install); dpkg --audit says:\n"
                        + "The following packages are in a mess");
    }

    @Test
    void waitsWhileCloudInitOrUnattendedUpgradesHoldTheAptLock() {
        FakeServer server = Servers.debian12();
        CommandResult busy = new CommandResult(100, "",
                "E: Could not get lock /var/lib/dpkg/lock-frontend. It is held by process 812 (unattended-upgr)\n");
        server.script(APT_INSTALL + " nginx", busy, busy, busy);
        BootstrapReport report = run(server);
        assertThat(bootstraps.pauses).containsExactly(Duration.ofSeconds(2), Duration.ofSeconds(4), Duration.ofSeconds(8));
        assertThat(server.installed).contains("ufw", "nginx");
        assertThat(report.steps().get(2).status()).isEqualTo(StepStatus.CHANGED);
    }

    @Test
    void givesUpOnALockHeldForMoreThanTenMinutes() {
        FakeServer server = Servers.debian12();
        CommandResult busy = new CommandResult(100, "", "E: Could not get lock /var/lib/dpkg/lock-frontend. It is held by process 812 (apt-get)\n");
        server.script(APT_INSTALL + " nginx", Stream.generate(() -> busy).limit(100).toArray(CommandResult[]::new));
        assertThatThrownBy(() -> run(server)).isInstanceOf(BootstrapException.class)
                .hasMessageContaining("bootstrap step 'packages' failed")
                .hasMessageContaining("Could not get lock");
        long waited = bootstraps.pauses.stream().mapToLong(Duration::toSeconds).sum();
        assertThat(waited).isBetween(600L, 630L);
        assertThat(bootstraps.pauses).last().isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void aLockErrorForWantOfRightsIsNotWaitedFor() {
        FakeServer server = Servers.debian12();
        server.script(APT_INSTALL + " nginx", new CommandResult(100, "",
                "E: Could not open lock file /var/lib/dpkg/lock-frontend - open (13: Permission denied)\n"
                        + "E: Unable to acquire the dpkg frontend lock (/var/lib/dpkg/lock-frontend), are you root?\n"));
        assertThatThrownBy(() -> run(server)).isInstanceOf(BootstrapException.class);
        assertThat(bootstraps.pauses).isEmpty();
    }

    @Test
    void aStalePacmanLockFromAKilledMachineIsRemoved() {
        FakeServer server = Servers.arch();
        server.stalePacmanLock = true;
        BootstrapReport report = new Bootstraps().run(server);
        assertThat(report.steps().get(2).detail()).startsWith("removed the stale pacman lock /var/lib/pacman/db.lck; installed ");
    }

    @Test
    void pacmanWithStaleSyncDatabasesRefreshesAndUpgradesRatherThanPartiallyUpgrading() {
        FakeServer server = Servers.arch();
        server.script("pacman -S --needed --noconfirm ufw fail2ban python-systemd",
                new CommandResult(1, "", "error: failed retrieving file 'ufw-0.36.2-2-any.pkg.tar.zst' from mirror : 404\n"));
        new Bootstraps().run(server);
        assertThat(server.commands).containsSubsequence("pacman -S --needed --noconfirm ufw fail2ban python-systemd",
                "pacman -Syu --needed --noconfirm ufw fail2ban python-systemd");
        assertThat(server.commands).noneMatch(c -> c.startsWith("pacman -Sy "));
    }

    @Test
    void dnfFailingToGetTheRpmLockIsRetried() {
        FakeServer server = Servers.fedora41();
        server.script("dnf install -y firewalld fail2ban python3-systemd dnf-automatic",
                new CommandResult(1, "", "Failed to obtain rpm transaction lock. Another transaction is in progress.\n"));
        new Bootstraps().run(server);
        assertThat(server.installed).contains("fail2ban");
        assertThat(server.commands).filteredOn(c -> c.startsWith("dnf install")).hasSize(2);
    }

    @Test
    void theFailedCommandIsNamedWhenTheConnectionDrops() {
        FakeServer server = Servers.debian12();
        server.cutConnectionAt(1, false);
        assertThatThrownBy(() -> run(server)).isInstanceOfSatisfying(BootstrapException.class, e -> {
            assertThat(e.step()).isEqualTo("cloud-init");
            assertThat(e.command()).isEqualTo(CloudInitStep.WAIT);
            assertThat(e.completed()).extracting(StepResult::status).containsExactly(StepStatus.FAILED);
        });
        List<String> finished = bootstraps.events;
        assertThat(finished).containsExactly("db1 started cloud-init", "db1 FAILED cloud-init");
    }
}
