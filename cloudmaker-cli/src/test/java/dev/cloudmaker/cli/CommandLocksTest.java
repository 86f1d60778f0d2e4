package dev.cloudmaker.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** Every command has a decided place in the lock table: a new command cannot be forgotten. */
class CommandLocksTest {
    /** Every command as typed after {@code cloudmaker}, e.g. {@code keys add}; shared with the canary test. */
    static List<String> allCommands() {
        PrintStream none = new PrintStream(PrintStream.nullOutputStream());
        List<String> names = new ArrayList<>();
        collect(new CommandLine(new CloudmakerCommand(Map.of(), none, none)), "", names);
        return names;
    }

    private static void collect(CommandLine cmd, String prefix, List<String> names) {
        cmd.getSubcommands().forEach((name, sub) -> {
            if (!sub.getCommandSpec().name().equals(name)) {
                return; // an alias, like apply for provision
            }
            String typed = prefix + name;
            names.add(typed);
            collect(sub, typed + " ", names);
        });
    }

    @Test
    void everyCommandIsInTheTable() {
        assertThat(allCommands()).hasSizeGreaterThan(25)
                .allSatisfy(c -> assertThat(CommandLocks.decides(c)).as("%s is in CommandLocks' table", c).isTrue());
    }

    @Test
    void commandsThatChangeTheCloudTakeTheLockAndReadersDoNot() {
        assertThat(List.of("provision", "destroy", "terminate", "recreate", "start", "stop", "keys add", "inventory"))
                .allMatch(CommandLocks::writes);
        assertThat(List.of("plan", "validate", "list", "show", "ssh", "exec", "keys list", "sizes"))
                .noneMatch(CommandLocks::writes);
        assertThat(CommandLocks.writes("a-command-added-later")).as("unknown commands are treated as writers").isTrue();
    }
}
