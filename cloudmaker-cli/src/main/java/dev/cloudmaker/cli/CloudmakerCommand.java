package dev.cloudmaker.cli;

import dev.cloudmaker.cli.command.BackendCommand;
import dev.cloudmaker.cli.command.BootstrapCommand;
import dev.cloudmaker.cli.command.HistoryCommand;
import dev.cloudmaker.cli.command.DestroyCommand;
import dev.cloudmaker.cli.command.ImageCommand;
import dev.cloudmaker.cli.command.ImportCommand;
import dev.cloudmaker.cli.command.ListCommand;
import dev.cloudmaker.cli.command.RebootCommand;
import dev.cloudmaker.cli.command.RecreateCommand;
import dev.cloudmaker.cli.command.ResizeCommand;
import dev.cloudmaker.cli.command.ShowCommand;
import dev.cloudmaker.cli.command.StartCommand;
import dev.cloudmaker.cli.command.StopCommand;
import dev.cloudmaker.cli.command.TerminateCommand;
import dev.cloudmaker.cli.command.ExecCommand;
import dev.cloudmaker.cli.command.KeysCommand;
import dev.cloudmaker.cli.command.RsyncCommand;
import dev.cloudmaker.cli.command.ScpCommand;
import dev.cloudmaker.cli.command.SshCommand;
import dev.cloudmaker.cli.command.EmulatorCommand;
import dev.cloudmaker.cli.command.UnlockCommand;
import dev.cloudmaker.cli.command.ImagesCommand;
import dev.cloudmaker.cli.command.InventoryCommand;
import dev.cloudmaker.cli.command.PlanCommand;
import dev.cloudmaker.cli.command.ProvisionCommand;
import dev.cloudmaker.cli.command.RegionsCommand;
import dev.cloudmaker.cli.command.SizesCommand;
import dev.cloudmaker.cli.command.ValidateCommand;
import dev.cloudmaker.cli.output.JsonOutput;
import java.io.PrintStream;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "cloudmaker",
        mixinStandardHelpOptions = true,
        versionProvider = CloudmakerCommand.Version.class,
        description = "Plans, provisions and operates servers from cloud.json and security.json.",
        subcommands = {ValidateCommand.class, PlanCommand.class, ProvisionCommand.class, InventoryCommand.class,
                DestroyCommand.class, BootstrapCommand.class,
                ListCommand.class, ShowCommand.class, StartCommand.class, StopCommand.class, RebootCommand.class,
                ResizeCommand.class, ImageCommand.class, RecreateCommand.class, TerminateCommand.class, ImportCommand.class,
                SshCommand.class, ExecCommand.class, RsyncCommand.class, ScpCommand.class, KeysCommand.class,
                RegionsCommand.class, SizesCommand.class, ImagesCommand.class,
                EmulatorCommand.class, UnlockCommand.class, BackendCommand.class, HistoryCommand.class, CommandLine.HelpCommand.class},
        footer = {"", "Exit codes: 0 ok, 1 error, 2 changes present (plan --detailed-exitcode), 64 usage error,"
                + " 75 busy: another run is changing the same definition (see --wait-lock), 130 interrupted (Ctrl-C)."})
public final class CloudmakerCommand implements java.util.concurrent.Callable<Integer> {
    @Mixin
    GlobalOptions global = new GlobalOptions();

    @Spec
    CommandSpec spec;

    private final Map<String, String> env;
    private final PrintStream out;
    private final PrintStream err;
    private final JsonOutput json;

    public CloudmakerCommand(Map<String, String> env, PrintStream out, PrintStream err) {
        this.env = env;
        this.out = out;
        this.err = err;
        this.json = new JsonOutput(out, () -> global.json);
    }

    /** A session over the options given before or after the command name. */
    public Session session() {
        return new Session(global, env, out, err, json);
    }

    /** Where this run's one JSON document goes (stdout), with --json. */
    public JsonOutput json() {
        return json;
    }

    public PrintStream out() {
        return out;
    }

    public Map<String, String> env() {
        return env;
    }

    public PrintStream err() {
        return err;
    }

    /** Without a command there is nothing to run: the usage, on stderr, as for any other usage error. */
    @Override
    public Integer call() {
        return CommandGroup.usage(spec, err);
    }

    /** The version, commit and build date the build stamped into the jar, and the Java it runs on. */
    public static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {BuildInfo.of().line(),
                    "Java " + Runtime.version() + " (" + System.getProperty("java.vendor", "?") + ")"};
        }
    }
}
