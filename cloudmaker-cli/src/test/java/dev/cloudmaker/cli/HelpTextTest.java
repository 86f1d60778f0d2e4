package dev.cloudmaker.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** Issue 15, point 16: help that a person reads (whole words, 80 columns off a terminal) and a version that says what was built. */
class HelpTextTest {
    private static final int WIDTH = 80;

    @Test
    void everyCommandsHelpBreaksLinesOnlyBetweenWordsWithin80Columns() {
        for (String command : CommandLocksTest.allCommands()) {
            CliRun help = CliRun.of(Map.of(), (command + " --help").split(" "));
            assertThat(help.exitCode()).as(command).isZero();
            assertThat(help.out().lines()).as("cloudmaker %s --help", command)
                    .allSatisfy(line -> assertThat(line.length()).as(line).isLessThanOrEqualTo(WIDTH));
            String flowing = help.out().replaceAll("\\s+", " ");
            for (String text : descriptions(command)) {
                assertThat(flowing).as("cloudmaker %s --help keeps whole: %s", command, text).contains(text.replaceAll("\\s+", " "));
            }
        }
        assertThat(CliRun.of(Map.of(), "--help").out().replaceAll("\\s+", " "))
                .contains("whether cloud.json declares them", "(.cloudmaker/lock)", "64 usage error, 75 busy");
    }

    /** The option and subcommand descriptions {@code command}'s help shows, as written in the code. */
    private static List<String> descriptions(String command) {
        PrintStream none = new PrintStream(PrintStream.nullOutputStream());
        CommandLine cmd = new CommandLine(new CloudmakerCommand(Map.of(), none, none));
        if (!command.isEmpty()) {
            for (String part : command.split(" ")) {
                cmd = cmd.getSubcommands().get(part);
            }
        }
        List<String> texts = new ArrayList<>();
        cmd.getCommandSpec().options().stream().filter(o -> !o.hidden()).forEach(o -> texts.addAll(List.of(o.description())));
        // the list of commands shows the first paragraph of each one's description
        cmd.getSubcommands().values().forEach(sub -> texts.add(sub.getCommandSpec().usageMessage().description()[0]));
        texts.removeIf(t -> t.contains("%") || t.contains("${"));
        return texts;
    }

    @Test
    void versionNamesTheCommitAndTheBuildDate() {
        CliRun version = CliRun.of(Map.of(), "--version");

        assertThat(version.exitCode()).isZero();
        assertThat(version.out().lines().findFirst().orElseThrow())
                .matches("cloudmaker \\S+ \\(commit [0-9a-f]{7,40}(\\+dirty)?, built \\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ\\)");
    }
}
