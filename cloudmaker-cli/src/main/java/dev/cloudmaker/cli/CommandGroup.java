package dev.cloudmaker.cli;

import java.io.PrintStream;
import picocli.CommandLine.Model.CommandSpec;

/** A command that only groups others ({@code cloudmaker}, {@code cloudmaker keys}): run alone, it is a usage error. */
public final class CommandGroup {
    private CommandGroup() {
    }

    /**
     * Prints what {@code spec} takes to {@code err}, then fails as a usage error (exit 64) saying a command is
     * missing, so the error reporter says it once, and with {@code --json} in the error document.
     */
    public static int usage(CommandSpec spec, PrintStream err) {
        spec.commandLine().usage(err);
        err.println();
        throw new UsageException("name a command, e.g. `" + spec.qualifiedName() + " " + spec.subcommands().keySet().iterator().next()
                + "`; `" + spec.qualifiedName() + " --help` lists them.");
    }
}
