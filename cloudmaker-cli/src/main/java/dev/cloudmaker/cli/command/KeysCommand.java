package dev.cloudmaker.cli.command;

import dev.cloudmaker.cli.CloudmakerCommand;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "keys", mixinStandardHelpOptions = true,
        subcommands = {KeysAddCommand.class, KeysListCommand.class, KeysRemoveCommand.class, KeysSyncCommand.class},
        description = {"The namespace's SSH keys: registered in the account (named cloudmaker:<namespace>:<name>) and "
                + "kept in the admin user's authorized_keys on every running server, next to the definition's own key, "
                + "which is always there so cloudmaker is never locked out.",
                "add and remove change the account, then sync the running servers (unless --no-sync)."})
public final class KeysCommand implements java.util.concurrent.Callable<Integer> {
    @ParentCommand
    CloudmakerCommand root;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        return dev.cloudmaker.cli.CommandGroup.usage(spec, root.err());
    }
}
