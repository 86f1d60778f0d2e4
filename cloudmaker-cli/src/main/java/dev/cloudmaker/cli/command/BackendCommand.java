package dev.cloudmaker.cli.command;

import dev.cloudmaker.cli.CloudmakerCommand;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "backend", mixinStandardHelpOptions = true,
        subcommands = {BackendInitCommand.class, BackendPushCommand.class},
        description = {"The shared state backend a team keeps the definition's lock, journal, host keys, pins and run history in"
                + " (--backend URL, CLOUDMAKER_BACKEND or \"backend\" in cloud.json), instead of files in this folder.",
                "init creates its tables once; push copies this folder's state into it."})
public final class BackendCommand implements java.util.concurrent.Callable<Integer> {
    @ParentCommand
    CloudmakerCommand root;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        return dev.cloudmaker.cli.CommandGroup.usage(spec, root.err());
    }
}
