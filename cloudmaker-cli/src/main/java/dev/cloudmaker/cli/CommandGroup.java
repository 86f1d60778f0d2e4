package dev.cloudmaker.cli;

import java.io.PrintStream;
import picocli.CommandLine.Model.CommandSpec;

/** A command that only groups others ({@code cloudmaker}, {@code cloudmaker keys}): run alone, it is a usage error. */
public final class CommandGroup {
    private CommandGroup() {
    }

    /** Prints what {@code spec} takes to {@code err}, says a command is missing, and returns {@link ExitCodes#USAGE}. */
    public static int usage(CommandSpec spec, PrintStream err) {
        spec.commandLine().usage(err);
        err.println();
        err.println("error: name a command, e.g. `" + spec.qualifiedName() + " " + spec.subcommands().keySet().iterator().next()
                + "`; `" + spec.qualifiedName() + " --help` lists them.");
        return ExitCodes.USAGE;
    }
}
