package dev.cloudmaker.release;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The README's quick start as a new user meets it right after `git clone`. Its first command is run, from the
 * release on the PATH, by {@link ReleaseIT}.
 */
class QuickStartIT {
    private static final Path ROOT = Path.of(System.getProperty("cloudmaker.root"));

    @Test
    void twoCommandsTheSandboxThenTheTestsThatCiRunsWithLocalMachinesRightAfter() throws IOException {
        List<List<String>> blocks = QuickStart.blocks(ROOT.resolve("README.md"));
        assertThat(blocks.get(0)).containsExactly("bin/cloudmaker -C examples/digitalocean --sandbox provision --yes", "bin/test");
        assertThat(blocks.get(1)).containsExactly("bin/cloudmaker -C examples/local provision --yes");
        List<String> ci = QuickStart.commands(Files.readString(ROOT.resolve(".ci/run")));
        assertThat(ci.getLast()).as(".ci/run ends with the README's test command").isEqualTo("bin/test");
    }

    @Test
    void theSandboxExampleShipsNoCredentialsFileAndNoAddresses() throws IOException {
        Path example = ROOT.resolve("examples/digitalocean");
        assertThat(Files.readString(example.resolve("cloud.json"))).as("no addresses written back by a run")
                .doesNotContain("network_interfaces", "ipv4", "ipv6");
        try (Stream<Path> files = Files.list(example)) {
            // git checks files out at 0644: a security.json there would warn that others can read it
            assertThat(files.map(p -> p.getFileName().toString())).as("only what git tracks; no security.json")
                    .containsExactly("cloud.json");
        }
    }
}
