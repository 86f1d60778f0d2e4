package dev.cloudmaker.ssh.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cloudmaker.core.RemoteCommandException;
import dev.cloudmaker.core.model.role.BootstrapSettings;
import dev.cloudmaker.ssh.CommandResult;
import dev.cloudmaker.ssh.bootstrap.fake.Bootstraps;
import dev.cloudmaker.ssh.bootstrap.fake.FakeServer;
import dev.cloudmaker.ssh.bootstrap.fake.Servers;
import dev.cloudmaker.ssh.bootstrap.step.CloudInitStep;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** How a bootstrap stops: at the failing step, naming it, its command and the command's last words. */
class FailureTest {
    private final Bootstraps bootstraps = new Bootstraps();

    @Test
    void aConfigurationSshdRejectsIsTakenBackAndStopsTheBootstrap() {
        FakeServer server = Servers.debian12();
        server.sshdRejects = true;
        assertThatThrownBy(() -> bootstraps.run(server)).isInstanceOfSatisfying(BootstrapException.class, e -> {
            assertThat(e).isInstanceOf(RemoteCommandException.class);
            assertThat(e.server()).isEqualTo("db1");
            assertThat(e.step()).isEqualTo("sshd");
            assertThat(e.command()).isEqualTo("sshd -t");
            assertThat(e.outputTail()).isEqualTo("/etc/ssh/sshd_config line 3: Bad configuration option: Bogus");
            assertThat(e.getMessage()).isEqualTo("db1: bootstrap step 'sshd' failed: sshd rejects the new configuration"
                    + " (the old one is back): sshd -t exited 255\n  /etc/ssh/sshd_config line 3: Bad configuration option: Bogus");
            assertThat(e.completed()).last().isEqualTo(StepResult.failed("sshd",
                    "sshd rejects the new configuration (the old one is back): sshd -t exited 255"));
        });
        assertThat(server.files).doesNotContainKey("/etc/ssh/sshd_config.d/00-cloudmaker.conf")
                .doesNotContainKey(ConfigChange.PENDING_DIR + "/sshd-reload");
        assertThat(server.serviceEvents).doesNotContain("reload ssh");
        assertThat(server.commands).noneMatch(c -> c.contains("/etc/fail2ban"));
        assertThat(bootstraps.events).last().isEqualTo("db1 FAILED sshd");
    }

    @Test
    void aMainSshdConfigSshdRejectsGetsItsOldContentBack() {
        FakeServer server = Servers.freebsd14();
        String before = server.text("/etc/ssh/sshd_config");
        server.sshdRejects = true;
        assertThatThrownBy(() -> bootstraps.run(server)).isInstanceOf(BootstrapException.class);
        assertThat(server.text("/etc/ssh/sshd_config")).isEqualTo(before);
    }

    @Test
    void cloudInitThatFailedStopsTheBootstrapWithItsOutput() {
        FakeServer server = Servers.freebsd14();
        server.cloudInitExit = 1;
        assertThatThrownBy(() -> bootstraps.run(server)).isInstanceOfSatisfying(BootstrapException.class, e -> {
            assertThat(e.step()).isEqualTo("cloud-init");
            assertThat(e.getMessage()).contains("cloud-init failed: cloud-init status --wait exited 1")
                    .contains("status: error").contains("Failed to run module scripts_user");
        });
        assertThat(server.commands).containsExactly(CloudInitStep.WAIT);
    }

    @Test
    void errorsInCloudInitsSummaryStopTheBootstrap() {
        FakeServer server = Servers.debian12();
        server.putText(CloudInitStep.RESULT, """
                {"v1": {"datasource": null, "errors": ["('init-network', RuntimeError('no datasource'))"]}}
                """, 0644, "root", "root");
        assertThatThrownBy(() -> bootstraps.run(server)).isInstanceOfSatisfying(BootstrapException.class, e -> {
            assertThat(e.step()).isEqualTo("cloud-init");
            assertThat(e.getMessage()).contains("cloud-init failed: ('init-network', RuntimeError('no datasource'))");
        });
        assertThat(server.commands).containsExactly(CloudInitStep.WAIT);
    }

    @Test
    void aSummaryThatIsNotJsonIsNamed() {
        FakeServer server = Servers.debian12();
        server.putText(CloudInitStep.RESULT, "{\"v1\": ", 0644, "root", "root");
        assertThatThrownBy(() -> bootstraps.run(server)).isInstanceOfSatisfying(BootstrapException.class,
                e -> assertThat(e.getMessage()).contains(CloudInitStep.RESULT + " is not the JSON cloud-init writes"));
    }

    @Test
    void recoverableErrorsInCloudInitsSummaryAreAWarning() {
        FakeServer server = Servers.debian12();
        server.putText(CloudInitStep.RESULT, """
                {"v1": {"datasource": "DataSourceNoCloud", "errors": [],
                  "recoverable_errors": {"WARNING": ["cloud-config failed schema validation!"]}}}
                """, 0644, "root", "root");
        BootstrapReport report = bootstraps.run(server);
        assertThat(report.steps().get(0)).isEqualTo(StepResult.ok("cloud-init",
                "warning: cloud-init finished with recoverable errors: WARNING: cloud-config failed schema validation!"));
        assertThat(report.steps()).hasSize(9);
    }

    @Test
    void cloudInitWithRecoverableErrorsIsAWarning() {
        FakeServer server = Servers.debian12();
        server.files.remove(CloudInitStep.RESULT);
        server.cloudInitExit = 2;
        BootstrapReport report = bootstraps.run(server);
        assertThat(report.steps().get(0)).isEqualTo(StepResult.ok("cloud-init",
                "warning: cloud-init finished with recoverable errors: status: error Failed to run module scripts_user"));
        assertThat(report.steps()).hasSize(9);
    }

    @Test
    void withoutCloudInitThereIsNothingToWaitFor() {
        FakeServer server = Servers.debian12();
        server.programs.remove("cloud-init");
        server.installed.remove("cloud-init");
        BootstrapReport report = bootstraps.run(server);
        assertThat(report.steps().get(0)).isEqualTo(StepResult.skipped("cloud-init", "cloud-init is not installed"));
        assertThat(server.commands.get(0)).isEqualTo(CloudInitStep.WAIT);
    }

    @Test
    void anUnknownDistributionStopsAtDetection() {
        FakeServer server = new FakeServer("s1", Servers.ADMIN, Family.DEBIAN, "opensuse-leap-15");
        server.addUser(Servers.ADMIN, "sudo");
        assertThatThrownBy(() -> bootstraps.run(server)).isInstanceOfSatisfying(BootstrapException.class, e -> {
            assertThat(e.step()).isEqualTo("detect distro");
            assertThat(e.getMessage()).contains("unsupported distribution openSUSE Leap 15.6")
                    .contains("debian, ubuntu, fedora, rocky, almalinux, centos, rhel, arch, freebsd");
        });
    }

    @Test
    void sudoAskingForAPasswordIsReportedAtTheFirstRootCommand() {
        FakeServer server = new FakeServer("s1", "nosudo", Family.DEBIAN, "debian-12");
        server.addUser("nosudo");
        assertThatThrownBy(() -> bootstraps.run(server)).isInstanceOfSatisfying(BootstrapException.class, e -> {
            assertThat(e.step()).isEqualTo("cloud-init");
            assertThat(e.command()).isEqualTo(CloudInitStep.WAIT);
            assertThat(e.getMessage()).contains("sudo refused to run it (the login user needs sudo without a password)");
            assertThat(e.outputTail()).isEqualTo("sudo: a password is required");
        });
    }

    @Test
    void aFailingInstallNamesItsCommandAndOutput() {
        FakeServer server = Servers.debian12();
        server.script(InterruptionTest.APT_INSTALL, new CommandResult(100, "Reading package lists...\n",
                "E: Sub-process /usr/bin/dpkg returned an error code (1)\n"));
        assertThatThrownBy(() -> bootstraps.run(server)).isInstanceOfSatisfying(BootstrapException.class, e -> {
            assertThat(e.step()).isEqualTo("packages");
            assertThat(e.command()).isEqualTo(InterruptionTest.APT_INSTALL);
            assertThat(e.outputTail()).isEqualTo("Reading package lists...\nE: Sub-process /usr/bin/dpkg returned an error code (1)");
        });
    }

    @Test
    void settingsAreCheckedBeforeAnythingIsSent() {
        FakeServer server = Servers.debian12();
        assertThatThrownBy(() -> bootstraps.run(server, new BootstrapSettings(true, "root", 22), null, Path.of(".")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("other than root");
        assertThatThrownBy(() -> bootstraps.run(server, new BootstrapSettings(false, "cloudmaker", 22), null, Path.of(".")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("disabled");
        assertThatThrownBy(() -> bootstraps.run(server, new BootstrapSettings(true, "cloudmaker", 70000), null, Path.of(".")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not a TCP port");
        assertThatThrownBy(() -> bootstraps.run(server, new BootstrapSettings(true, "Bad Admin", 22), null, Path.of(".")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not a user name");
        assertThat(server.sent).isEmpty();
    }
}
