package dev.cloudmaker.cli;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * A bootstrap interrupted midway completes on re-run, on real local machines. The two servers of the
 * local example are provisioned without bootstrap; then each one's bootstrap is cut off while apt
 * installs its configuration-management tool: server2's by killing the cloudmaker process (the
 * apt-get on the server goes on, so the next run meets its lock), server1's by ending the SSH session
 * from the machine's side (the apt-get dies with it, leaving a package half unpacked). The next run
 * must finish the server (dpkg clean, the tool installed, the role applied) and the one after must
 * change nothing. Needs root on Linux; skips elsewhere.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class InterruptedBootstrapIT {
    private static final String NAMESPACE = "interrupt-it";
    private static final String BRIDGE = "cmint0";
    private static final String SUBNET_PREFIX = "10.213.249.";
    /** Long enough for a first image build and an apt cache that starts empty. */
    private static final Duration INSTALL_STARTS = Duration.ofMinutes(10);
    private static final Duration BOOTSTRAP = Duration.ofMinutes(15);

    private static MachineShell machines;
    private static final List<Process> clis = new ArrayList<>();

    @BeforeAll
    static void provisionBothServersWithoutBootstrap() throws IOException {
        assumeTrue("Linux".equals(System.getProperty("os.name")) && "root".equals(System.getProperty("user.name")),
                "local machines need root on Linux; skipping");
        machines = MachineShell.exampleCopy(NAMESPACE, BRIDGE, SUBNET_PREFIX);
        CliRun run = CliRun.of(machines.env(), "-C", machines.dir().toString(), "provision", "--yes", "--no-bootstrap");
        assertThat(run.exitCode()).as(run.all()).isZero();
    }

    @AfterAll
    static void destroyEverything() throws Exception {
        if (machines == null) {
            return;
        }
        for (Process cli : clis) {
            cli.destroyForcibly();
            assertThat(cli.waitFor(30, TimeUnit.SECONDS)).as("a killed CLI exits").isTrue();
        }
        CliRun run = CliRun.of(machines.env(), "-C", machines.dir().toString(), "destroy", "--yes");
        assertThat(run.exitCode()).as(run.all()).isZero();
        assertThat(MachineShell.machineIds(NAMESPACE)).isEmpty();
        assertThat(MachineShell.run("ip", "link", "show", BRIDGE).exit()).as("bridge " + BRIDGE + " removed").isNotZero();
    }

    @Test
    @Order(1)
    void aBootstrapWhoseProcessIsKilledMidInstallFinishesOnTheNextRun() throws Exception {
        Cli killed = Cli.start("bootstrap", "server2");
        awaitLog("server2", "[stdout] Unpacking puppet-agent ", killed);

        killed.process.destroyForcibly(); // SIGKILL: no shutdown hook, no goodbye to sshd
        assertThat(killed.process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(killed.process.exitValue()).isEqualTo(137);
        assertThat(killed.out()).as("killed before the packages step ended").doesNotContain("server2: packages");
        // Without its client the apt-get goes on, holding dpkg's lock: the next run meets it.
        assertThat(machines.ssh("server2", "cloudmaker", "pgrep -x apt-get").exit()).as("apt-get still running").isZero();

        CliRun rerun = Cli.run("bootstrap", "server2");
        assertThat(rerun.exitCode()).as(rerun.all()).isZero();
        assertThat(rerun.out()).contains("Bootstrap complete");
        assertFinished("server2", "puppet-agent", "db");

        CliRun third = Cli.run("bootstrap", "server2");
        assertThat(third.exitCode()).as(third.all()).isZero();
        assertThat(third.out()).contains("server2: Debian GNU/Linux 12 (bookworm), no changes");
    }

    @Test
    @Order(2)
    void aBootstrapWhoseConnectionIsCutMidInstallFailsClearlyAndFinishesOnTheNextRun() throws Exception {
        Cli cut = Cli.start("bootstrap", "server1");
        // ansible (the collections that come with ansible-core) is unpacked after ansible-core and takes
        // seconds: cut there, it is left half-installed while the package the role wants is whole.
        awaitLog("server1", "[stdout] Unpacking ansible (", cut);

        // logind ends the bootstrap's login session: its sshd goes, so the connection drops from the
        // machine's side, and so does the apt-get it started. The test's own login is another session.
        MachineShell.Result ended = machines.ssh("server1", "cloudmaker",
                "s=$(ps -o lsession= -p \"$(pgrep -o -x apt-get)\" | tr -d ' ') && sudo loginctl terminate-session \"$s\"");
        assertThat(ended.exit()).as(ended.err()).isZero();

        assertThat(cut.process.waitFor(2, TimeUnit.MINUTES)).as("the CLI notices the lost connection").isTrue();
        assertThat(cut.process.exitValue()).isEqualTo(ExitCodes.ERROR);
        assertThat(cut.err()).contains("1 of 1 servers could not be bootstrapped",
                        "server1: bootstrap step 'packages' failed: the connection to " + machines.address("server1") + ":22 was lost",
                        "run `cloudmaker bootstrap` again")
                .doesNotContain("Exception", "\tat ");
        assertThat(machines.ssh("server1", "cloudmaker", "dpkg-query -W -f='${db:Status-Status}' ansible").out())
                .as("the cut left ansible half unpacked").isEqualTo("half-installed");

        CliRun rerun = Cli.run("bootstrap", "server1");
        assertThat(rerun.exitCode()).as(rerun.all()).isZero();
        assertThat(rerun.out()).contains("server1: packages changed (finished an interrupted dpkg run", "Bootstrap complete");
        assertFinished("server1", "ansible-core", "web");

        CliRun third = Cli.run("bootstrap", "server1");
        assertThat(third.exitCode()).as(third.all()).isZero();
        assertThat(third.out()).contains("server1: Debian GNU/Linux 12 (bookworm), no changes");
    }

    /**
     * dpkg has nothing left to finish, the tool is installed, the role's configuration run applied, and
     * the steps after the packages ran (the firewall is up).
     */
    private static void assertFinished(String server, String toolPackage, String role) throws IOException {
        MachineShell.Result audit = machines.ssh(server, "cloudmaker", "sudo dpkg --audit");
        assertThat(audit.exit()).as(audit.err()).isZero();
        assertThat(audit.out()).as("dpkg --audit on " + server).isEmpty();
        assertThat(machines.ssh(server, "cloudmaker", "dpkg-query -W -f='${Status}' " + toolPackage).out()).isEqualTo("install ok installed");
        assertThat(machines.ssh(server, "cloudmaker", "cat /etc/cloudmaker-role").out()).contains(role);
        assertThat(machines.ssh(server, "cloudmaker", "sudo ufw status").out()).contains("Status: active");
    }

    /** Waits until the server's command log shows {@code text}, failing at once if the bootstrap ends first. */
    private static void awaitLog(String server, String text, Cli cli) {
        Path log = machines.dir().resolve(".cloudmaker/logs/" + server + ".log");
        await("'" + text + "' in " + log).atMost(INSTALL_STARTS).pollInterval(Duration.ofMillis(100))
                .failFast("the bootstrap ended first", () -> !cli.process.isAlive())
                // bytes, decoded leniently: the last line may be half written
                .until(() -> Files.exists(log) && new String(Files.readAllBytes(log), StandardCharsets.UTF_8).contains(text));
    }

    /** The CLI as a separate process, as a user runs it, so that it can be killed. */
    private record Cli(Process process, Path outFile, Path errFile) {
        static Cli start(String... args) throws IOException {
            String java = ProcessHandle.current().info().command().orElseThrow();
            Path jar = Path.of(System.getProperty("user.dir"), "target", "cloudmaker.jar");
            assertThat(jar).as("the shaded jar, built before the integration tests").exists();
            List<String> command = new ArrayList<>(List.of(java, "-jar", jar.toString(), "-C", machines.dir().toString()));
            command.addAll(List.of(args));
            // in the test's folder, beside the command logs, for a look after a failure
            Path out = Files.createTempFile(machines.dir(), args[0], ".out");
            Path err = Files.createTempFile(machines.dir(), args[0], ".err");
            ProcessBuilder builder = new ProcessBuilder(command).redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                    .redirectOutput(out.toFile()).redirectError(err.toFile());
            builder.environment().putAll(machines.env());
            Cli cli = new Cli(builder.start(), out, err);
            clis.add(cli.process);
            return cli;
        }

        /** Runs the CLI to its end. */
        static CliRun run(String... args) throws IOException, InterruptedException {
            Cli cli = start(args);
            assertThat(cli.process.waitFor(BOOTSTRAP.toMinutes(), TimeUnit.MINUTES)).as("cloudmaker " + String.join(" ", args) + " ends").isTrue();
            return new CliRun(cli.process.exitValue(), cli.out(), cli.err());
        }

        String out() throws IOException {
            return Files.readString(outFile);
        }

        String err() throws IOException {
            return Files.readString(errFile);
        }
    }
}
