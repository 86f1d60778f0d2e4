package dev.cloudmaker.release;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cloudmaker.cli.Main;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's quick start as a new user meets it right after `git clone`. */
class QuickStartIT {
    private static final Path ROOT = Path.of(System.getProperty("cloudmaker.root"));
    private static final Pattern SH_BLOCK = Pattern.compile("```sh\\n(.*?)```", Pattern.DOTALL);

    @TempDir
    Path work;

    @Test
    void twoCommandsTheSandboxThenTheTestsThatCiRunsWithLocalMachinesRightAfter() throws IOException {
        List<List<String>> blocks = quickStartBlocks();
        assertThat(blocks.get(0)).containsExactly("bin/cloudmaker -C examples/digitalocean --sandbox provision --yes", "bin/test");
        assertThat(blocks.get(1)).containsExactly("bin/cloudmaker -C examples/local provision --yes");
        List<String> ci = commands(Files.readString(ROOT.resolve(".ci/run")));
        assertThat(ci.getLast()).as(".ci/run ends with the README's test command").isEqualTo("bin/test");
    }

    @Test
    void theSandboxExampleAsGitChecksItOutRunsWithoutAWarningAndShipsNoAddresses() throws IOException {
        Path example = ROOT.resolve("examples/digitalocean");
        String shipped = Files.readString(example.resolve("cloud.json"));
        assertThat(shipped).as("no addresses written back by a run").doesNotContain("network_interfaces", "ipv4", "ipv6");
        try (Stream<Path> files = Files.list(example)) {
            assertThat(files.map(p -> p.getFileName().toString())).as("no credentials file that git would check out world-readable")
                    .containsExactly("cloud.json");
        }
        Path copy = Files.createDirectories(work.resolve("digitalocean"));
        Files.writeString(copy.resolve("cloud.json"), shipped);
        // git tracks only 0644 and 0755: what a clone holds
        Files.setPosixFilePermissions(copy.resolve("cloud.json"), PosixFilePermissions.fromString("rw-r--r--"));

        // the README's first command, run in-process on the copy
        List<String> first = Arrays.asList(quickStartBlocks().getFirst().getFirst().split(" "));
        assertThat(first.getFirst()).isEqualTo("bin/cloudmaker");
        List<String> args = new ArrayList<>(first.subList(1, first.size()));
        args.set(args.indexOf("examples/digitalocean"), copy.toString());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(args.toArray(String[]::new), Map.of("HOME", work.toString()), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        String errors = err.toString(StandardCharsets.UTF_8);
        assertThat(code).as(out.toString(StandardCharsets.UTF_8) + errors).isZero();
        assertThat(errors).doesNotContainIgnoringCase("warning");
        assertThat(Files.readString(copy.resolve("cloud.json"))).as("the run writes the addresses back").contains("\"ipv4\"");
    }

    /** The quick start's first two shell blocks, as command lines. */
    private static List<List<String>> quickStartBlocks() throws IOException {
        String readme = Files.readString(ROOT.resolve("README.md"));
        Matcher m = SH_BLOCK.matcher(readme.substring(readme.indexOf("## Quick start")));
        List<List<String>> blocks = new ArrayList<>();
        while (blocks.size() < 2 && m.find()) {
            blocks.add(commands(m.group(1)));
        }
        assertThat(blocks).as("two ```sh blocks in the README's quick start").hasSize(2);
        return blocks;
    }

    /** The command lines of a shell text: comments and blank lines dropped, trailing comments cut. */
    private static List<String> commands(String shell) {
        return shell.lines().map(l -> l.replaceFirst("\\s+#.*$", "").strip())
                .filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
    }
}
