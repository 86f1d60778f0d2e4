package dev.cloudmaker.cli;

import dev.cloudmaker.cli.output.ErrorDocument;
import dev.cloudmaker.cli.output.ErrorKind;
import dev.cloudmaker.cli.output.JsonOutput;
import dev.cloudmaker.cli.view.Style;
import dev.cloudmaker.core.ApiException;
import dev.cloudmaker.core.CloudmakerException;
import dev.cloudmaker.core.ConfigException;
import dev.cloudmaker.core.WaitTimeoutException;
import dev.cloudmaker.core.config.Diagnostic;
import dev.cloudmaker.core.engine.ApplyException;
import dev.cloudmaker.core.plan.PlanException;
import dev.cloudmaker.core.state.LeaseLostException;
import dev.cloudmaker.core.state.WorkspaceBusyException;
import dev.cloudmaker.ssh.fleet.FleetBootstrapException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import picocli.CommandLine;

/**
 * Maps every failure to a message and an exit code, in one place; with {@code --json}, also to the
 * error document on stdout (unless the command printed its document already). Messages never carry credentials.
 */
final class ErrorReporter implements CommandLine.IExecutionExceptionHandler, CommandLine.IParameterExceptionHandler {
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
                return json(new ErrorDocument(ErrorKind.CONFIG, c.getMessage(), ExitCodes.ERROR, c.diagnostics(), null));
            }
            case UsageException u -> {
                err.println(style.error("error: ") + u.getMessage());
                return json(ErrorDocument.of(ErrorKind.USAGE, u.getMessage(), ExitCodes.USAGE));
            }
            case CommandFailure f -> {
                err.println(style.error("error: ") + f.getMessage());
                return json(ErrorDocument.of(f.kind(), f.getMessage(), f.exitCode()));
            }
            case WorkspaceBusyException b -> {
                err.println(style.error("error: ") + b.getMessage() + ".");
                err.println("Nothing was changed. Fix: wait for it, or run again with --wait-lock 10m; if that run is gone"
                        + " but its lock remains (another host, over NFS), see `cloudmaker unlock`.");
                return json(ErrorDocument.of(ErrorKind.BUSY, b.getMessage(), ExitCodes.BUSY));
            }
            case LeaseLostException l -> {
                err.println(style.error("error: ") + l.getMessage() + ".");
                return json(ErrorDocument.of(ErrorKind.LEASE_LOST, l.getMessage(), ExitCodes.BUSY));
            }
            case CloudmakerException c -> {
                err.println(style.error("error: ") + c.getMessage());
                if (root.global.verbose && c.getCause() != null) {
                    c.getCause().printStackTrace(err);
                }
                ApiException api = c instanceof ApiException a ? a : null;
                return json(new ErrorDocument(kindOf(c), c.getMessage(), ExitCodes.ERROR, List.of(), api));
            }
            case UncheckedIOException io -> {
                err.println(style.error("error: ") + io.getMessage());
                return json(ErrorDocument.of(ErrorKind.IO, io.getMessage(), ExitCodes.ERROR));
            }
            default -> {
                err.println(style.error("internal error: ") + e + " (please report it; run with -v for the stack trace)");
                if (root.global.verbose) {
                    e.printStackTrace(err);
                }
                return json(ErrorDocument.of(ErrorKind.INTERNAL, e.toString(), ExitCodes.ERROR));
            }
        }
    }

    @Override
    public int handleParseException(CommandLine.ParameterException e, String[] args) {
        CommandLine cmd = e.getCommandLine();
        cmd.getErr().println("error: " + e.getMessage());
        CommandLine.UnmatchedArgumentException.printSuggestions(e, cmd.getErr());
        cmd.getErr().println("Run '" + cmd.getCommandSpec().qualifiedName() + " --help' for usage.");
        cmd.getErr().flush();
        // the parse stopped, so --json may not have been read: look for it before any "--"
        List<String> given = Arrays.asList(args);
        int dash = given.indexOf("--");
        if (root.global.json || (dash < 0 ? given : given.subList(0, dash)).contains("--json")) {
            write(ErrorDocument.of(ErrorKind.USAGE, e.getMessage(), ExitCodes.USAGE));
        }
        return ExitCodes.USAGE;
    }

    /** For a run that failed without saying so in its document: the error document, naming stderr for the reason. */
    void afterRun(int exitCode) {
        if (exitCode != ExitCodes.OK && root.json().enabled() && !root.json().written()) {
            write(ErrorDocument.of(ErrorKind.forExitCode(exitCode), "the command ended with exit code " + exitCode
                    + "; what it printed on stderr says why", exitCode));
        }
    }

    private int json(ErrorDocument error) {
        if (root.json().enabled()) {
            write(error);
        }
        return error.exitCode();
    }

    /** A command that printed its document before it failed keeps it: a run prints one. */
    private void write(ErrorDocument error) {
        JsonOutput json = root.json();
        if (!json.written()) {
            json.write(error.toJson());
        }
    }

    private static ErrorKind kindOf(CloudmakerException e) {
        return switch (e) {
            case ApiException a -> ErrorKind.API;
            case WaitTimeoutException t -> ErrorKind.TIMEOUT;
            case PlanException p -> ErrorKind.PLAN;
            case ApplyException a -> ErrorKind.APPLY;
            case FleetBootstrapException f -> ErrorKind.BOOTSTRAP;
            default -> ErrorKind.FAILED;
        };
    }
}
