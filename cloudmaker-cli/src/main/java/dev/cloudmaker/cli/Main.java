package dev.cloudmaker.cli;

import dev.cloudmaker.core.time.Durations;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import picocli.CommandLine;

/** The only place that exits the process. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.getenv(), System.out, System.err));
    }

    /** Runs one command in-process, as tests do; returns the exit code. */
    public static int run(String[] args, Map<String, String> env, PrintStream out, PrintStream err) {
        configureLogging(Arrays.asList(args).contains("-v") || Arrays.asList(args).contains("--verbose"));
        CloudmakerCommand root = new CloudmakerCommand(env, out, err);
        ErrorReporter errors = new ErrorReporter(root, err);
        int code = commandLine(root, errors, out, err).execute(args);
        errors.afterRun(code);
        return code;
    }

    /** The command line as a run sees it; the release's man pages and shell completion are generated from it too. */
    public static CommandLine commandLine(Map<String, String> env, PrintStream out, PrintStream err) {
        CloudmakerCommand root = new CloudmakerCommand(env, out, err);
        return commandLine(root, new ErrorReporter(root, err), out, err);
    }

    private static CommandLine commandLine(CloudmakerCommand root, ErrorReporter errors, PrintStream out, PrintStream err) {
        CommandLine cli = new CommandLine(root)
                .registerConverter(Duration.class, Durations::parse)
                .setOut(new PrintWriter(out, true))
                .setErr(new PrintWriter(err, true))
                .setCaseInsensitiveEnumValuesAllowed(true)
                .setExecutionExceptionHandler(errors)
                .setParameterExceptionHandler(errors);
        cli.getCommandSpec().usageMessage().footer(ProviderHelp.footer(cli.getCommandSpec().usageMessage().footer()));
        HelpLayout.apply(cli, Terminal.interactive());
        return cli;
    }

    private static void configureLogging(boolean verbose) {
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        System.setProperty("org.slf4j.simpleLogger.log.dev.cloudmaker", verbose ? "debug" : "warn");
        System.setProperty("org.slf4j.simpleLogger.showThreadName", "false");
        System.setProperty("org.slf4j.simpleLogger.logFile", "System.err");
    }
}
