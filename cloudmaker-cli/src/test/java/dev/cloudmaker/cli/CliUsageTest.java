package dev.cloudmaker.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a user sees without any API: help, version, usage errors, validation. */
class CliUsageTest {
    @TempDir
    Path dir;

    @Test
    void helpListsEveryCommandAndTheExitCodes() {
        CliRun help = CliRun.of(Map.of(), "--help");
        assertThat(help.exitCode()).isZero();
        assertThat(help.out()).contains("validate", "plan", "provision", "inventory", "destroy", "regions", "sizes",
                "images", "emulator", "--sandbox", "Exit codes: 0 ok, 1 error, 2 changes present");
        assertThat(help.out()).contains("list", "show", "start", "stop", "reboot", "resize", "image", "recreate",
                "terminate", "import");
    }

    @Test
    void versionNamesTheJava() {
        CliRun version = CliRun.of(Map.of(), "--version");
        assertThat(version.exitCode()).isZero();
        assertThat(version.out()).startsWith("cloudmaker ").contains("Java ");
    }

    @Test
    void unknownCommandsAndOptionsAreUsageErrors() {
        CliRun unknown = CliRun.of(Map.of(), "provison");
        assertThat(unknown.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(unknown.err()).contains("provision");
        assertThat(CliRun.of(Map.of(), "plan", "--frobnicate").exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(CliRun.of(Map.of(), "provision", "--timeout", "soon").exitCode()).isEqualTo(ExitCodes.USAGE);
    }

    @Test
    void validateAcceptsTheSeedFormat() throws Exception {
        Fixture.write(dir, "dop_v1_x");
        CliRun ok = CliRun.of(Map.of(), "-C", dir.toString(), "validate");
        assertThat(ok.exitCode()).as(ok.all()).isZero();
        assertThat(ok.out()).contains("2 server(s) in namespace default");
    }

    @Test
    void validateNamesFileLineAndFixForAMisspeltKey() throws Exception {
        Fixture.write(dir, "dop_v1_x");
        // misspell the last "backups" (server2's, line 13)
        Files.writeString(dir.resolve("cloud.json"), Fixture.CLOUD.replaceFirst("(?s)(.*)\"backups\"", "$1\"backup\""));
        CliRun bad = CliRun.of(Map.of(), "-C", dir.toString(), "validate");
        assertThat(bad.exitCode()).isEqualTo(ExitCodes.ERROR);
        assertThat(bad.err()).contains("cloud.json:13:", "/server2/backup", "did you mean \"backups\"", "Nothing was changed.");
    }

    @Test
    void theNamespaceComesFromTheOptionElseTheEnvironmentElseTheDefinition() throws Exception {
        Fixture.write(dir, "dop_v1_x");
        Map<String, String> env = Map.of("CLOUDMAKER_NAMESPACE", "staging");
        assertThat(CliRun.of(Map.of(), "-C", dir.toString(), "validate").out()).contains("in namespace default");
        assertThat(CliRun.of(env, "-C", dir.toString(), "validate").out()).contains("in namespace staging");
        assertThat(CliRun.of(env, "-C", dir.toString(), "-n", "prod", "validate").out()).contains("in namespace prod");
        CliRun bad = CliRun.of(Map.of("CLOUDMAKER_NAMESPACE", "Bad_Name"), "-C", dir.toString(), "validate");
        assertThat(bad.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(bad.err()).contains("invalid namespace \"Bad_Name\"");
    }

    @Test
    void lifecycleCommandsNeedTheirArguments() {
        for (String command : List.of("show", "resize", "recreate", "import")) {
            CliRun run = CliRun.of(Map.of(), command);
            assertThat(run.exitCode()).as(command).isEqualTo(ExitCodes.USAGE);
            assertThat(run.err()).as(command).contains("Missing required parameter");
        }
        // these take servers by name, by --role or --all
        for (String command : List.of("start", "stop", "reboot", "terminate")) {
            CliRun run = CliRun.of(Map.of(), command);
            assertThat(run.exitCode()).as(command).isEqualTo(ExitCodes.USAGE);
            assertThat(run.err()).as(command).contains("name the servers, or use --role ROLE or --all");
            CliRun both = CliRun.of(Map.of(), command, "--all", "--role", "web");
            assertThat(both.exitCode()).as(command).isEqualTo(ExitCodes.USAGE);
            assertThat(both.err()).as(command).contains("--all takes every server");
        }
        CliRun image = CliRun.of(Map.of(), "image");
        assertThat(image.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(image.err()).contains("cloudmaker image SERVER", "cloudmaker image delete NAME|ID");
        assertThat(CliRun.of(Map.of(), "image", "delete").err()).contains("Missing required parameter");
    }

    @Test
    void anInvalidNamespaceIsAUsageError() throws Exception {
        Fixture.write(dir, "dop_v1_x");
        CliRun bad = CliRun.of(Map.of(), "-C", dir.toString(), "--namespace", "Prod!", "validate");
        assertThat(bad.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(bad.err()).contains("invalid namespace");
    }
}
