package dev.cloudmaker.release;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cloudmaker.cli.Main;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The release tarball, unpacked into an empty folder and put on the PATH, as a user installs it: one top folder, a
 * launcher that runs with only a JDK (no build tool, no source tree), a man page per command, shell completion, docs.
 */
class ReleaseIT {
    private static final String VERSION = System.getProperty("cloudmaker.version");

    @TempDir
    static Path unpacked;
    @TempDir
    static Path home;
    static Path top;

    @BeforeAll
    static void unpack() throws Exception {
        Path tarball = Path.of(System.getProperty("cloudmaker.release.tarball"));
        Shell.Result tar = Shell.run(unpacked, Map.of("PATH", "/usr/bin:/bin"), List.of("tar", "-xzf", tarball.toString()));
        assertThat(tar.exitCode()).as(tar.output()).isZero();
        try (Stream<Path> entries = Files.list(unpacked)) {
            assertThat(entries.map(p -> p.getFileName().toString())).as("one top folder").containsExactly("cloudmaker-" + VERSION);
        }
        top = unpacked.resolve("cloudmaker-" + VERSION);
    }

    @Test
    void itHoldsTheLauncherTheJarTheDocsAndNoBuild() throws Exception {
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(top.resolve("bin/cloudmaker")))).isEqualTo("rwxr-xr-x");
        assertThat(top.resolve("lib/cloudmaker.jar")).isRegularFile();
        assertThat(top.resolve("README.md")).isRegularFile();
        assertThat(top.resolve("docs/user-guide.md")).isRegularFile();
        assertThat(top.resolve("docs/library.md")).isRegularFile();
        assertThat(top.resolve("examples/digitalocean/cloud.json")).isRegularFile();
        try (Stream<Path> all = Files.walk(top)) {
            assertThat(all.map(p -> p.getFileName().toString())).as("nothing that builds").doesNotContain("mvnw", "pom.xml", ".mvn");
        }
        assertThat(Files.readString(top.resolve("bin/cloudmaker"))).doesNotContain("mvnw");
    }

    @Test
    void everyCommandHasAManPageInSectionOne() throws Exception {
        PrintStream discard = new PrintStream(OutputStream.nullOutputStream());
        Set<String> expected = new TreeSet<>();
        pages(Main.commandLine(Map.of(), discard, discard), "cloudmaker", expected);
        Set<String> shipped = new TreeSet<>();
        try (Stream<Path> man = Files.list(top.resolve("share/man/man1"))) {
            man.forEach(p -> shipped.add(p.getFileName().toString()));
        }
        assertThat(shipped).containsAll(expected);
        assertThat(expected).contains("cloudmaker.1", "cloudmaker-provision.1", "cloudmaker-keys-add.1");
        assertThat(Files.readString(top.resolve("share/man/man1/cloudmaker-provision.1")))
                .contains(".TH \"CLOUDMAKER\\-PROVISION\" \"1\"").contains("cloudmaker " + VERSION).contains("sandbox");
    }

    @Test
    void theCompletionScriptRegistersItselfInBash() throws Exception {
        Path script = top.resolve("share/bash-completion/completions/cloudmaker");
        Shell.Result bash = Shell.run(home, Map.of("PATH", "/usr/bin:/bin", "HOME", home.toString()),
                List.of("bash", "-c", "source \"$1\" && complete -p cloudmaker", "bash", script.toString()));
        assertThat(bash.exitCode()).as(bash.output()).isZero();
        assertThat(bash.output()).contains("cloudmaker");
        assertThat(Files.readString(script)).contains("ZSH_VERSION").contains("provision");
    }

    @Test
    void onThePathItRunsVersionAndTheQuickStartsSandboxProvision() throws Exception {
        Map<String, String> env = new HashMap<>();
        // a user's shell: the release's bin/ first, a JDK 21+ named by JAVA_HOME, no source tree nor build tool anywhere
        env.put("PATH", top.resolve("bin") + ":/usr/bin:/bin");
        env.put("HOME", home.toString());
        env.put("JAVA_HOME", System.getProperty("java.home"));
        Shell.Result version = Shell.run(home, env, List.of("bash", "-c", "cloudmaker --version"));
        assertThat(version.exitCode()).as(version.output()).isZero();
        assertThat(version.output()).contains(VERSION);

        // the README's first command, with the launcher on the PATH instead of the checkout's, on the example as shipped
        String first = QuickStart.blocks(top.resolve("README.md")).getFirst().getFirst();
        assertThat(first).startsWith("bin/cloudmaker -C examples/digitalocean ");
        Path cloudJson = top.resolve("examples/digitalocean/cloud.json");
        assertThat(Files.readString(cloudJson)).doesNotContain("\"ipv4\"");
        Shell.Result provision = Shell.run(top, env, List.of("bash", "-c", first.substring("bin/".length())));
        assertThat(provision.exitCode()).as(provision.output()).isZero();
        assertThat(provision.output()).contains("server1", "server2").doesNotContainIgnoringCase("warning");
        assertThat(Files.readString(cloudJson)).as("addresses written back").contains("\"ipv4\"");
    }

    private static void pages(CommandLine command, String name, Set<String> out) {
        if (command.getCommandSpec().usageMessage().hidden()) {
            return;
        }
        out.add(name + ".1");
        command.getSubcommands().forEach((sub, cli) -> {
            if (sub.equals(cli.getCommandName())) { // aliases share the page of the command's own name
                pages(cli, name + "-" + sub, out);
            }
        });
    }
}
