package dev.cloudmaker.cli;

import dev.cloudmaker.cli.view.Style;
import dev.cloudmaker.core.CloudmakerException;
import dev.cloudmaker.core.ConfigException;
import dev.cloudmaker.core.config.Diagnostic;
import dev.cloudmaker.core.state.LeaseLostException;
import dev.cloudmaker.core.state.WorkspaceBusyException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import picocli.CommandLine;

/** Maps every failure to a message and an exit code, in one place. Messages never carry credentials. */
final class ErrorReporter implements CommandLine.IExecutionExceptionHandler {
    private final CloudmakerCommand root;
    private final PrintStream err;

    ErrorReporter(CloudmakerCommand root, PrintStream err) {
        this.root = root;
        this.err = err;
    }

    @Override
    public int handleExecutionException(Exception e, CommandLine cmd, CommandLine.ParseResult parseResult) {
        Style style = root.session().style();
        switch (e) {
            case ConfigException c -> {
                for (Diagnostic d : c.diagnostics()) {
                    err.println(style.error("error: ") + d.format());
                }
                err.println("Nothing was changed.");
                return ExitCodes.ERROR;
            }
            case UsageException u -> {
                err.println(style.error("error: ") + u.getMessage());
                return ExitCodes.USAGE;
            }
            case WorkspaceBusyException b -> {
                err.println(style.error("error: ") + b.getMessage() + ".");
                err.println("Nothing was changed. Fix: wait for it, or run again with --wait-lock 10m; if that run is gone"
                        + " but its lock remains (another host, over NFS), see `cloudmaker unlock`.");
                return ExitCodes.BUSY;
            }
            case LeaseLostException l -> {
                err.println(style.error("error: ") + l.getMessage() + ".");
                return ExitCodes.BUSY;
            }
            case CloudmakerException c -> {
                err.println(style.error("error: ") + c.getMessage());
                if (root.global.verbose && c.getCause() != null) {
                    c.getCause().printStackTrace(err);
                }
                return ExitCodes.ERROR;
            }
            case UncheckedIOException io -> {
                err.println(style.error("error: ") + io.getMessage());
                return ExitCodes.ERROR;
            }
            default -> {
                err.println(style.error("internal error: ") + e + " (please report it; run with -v for the stack trace)");
                if (root.global.verbose) {
                    e.printStackTrace(err);
                }
                return ExitCodes.ERROR;
            }
        }
    }

    static int usage(CommandLine.ParameterException e, String[] args) {
        CommandLine cmd = e.getCommandLine();
        cmd.getErr().println("error: " + e.getMessage());
        CommandLine.UnmatchedArgumentException.printSuggestions(e, cmd.getErr());
        cmd.getErr().println("Run '" + cmd.getCommandSpec().qualifiedName() + " --help' for usage.");
        cmd.getErr().flush();
        return ExitCodes.USAGE;
    }
}
