package dev.cloudmaker.cli.command;

import dev.cloudmaker.core.spi.PowerAction;
import picocli.CommandLine.Command;

@Command(name = "start", mixinStandardHelpOptions = true,
        description = "Start stopped servers of the namespace. Running ones are left as they are.")
public final class StartCommand extends PowerCommand {
    @Override
    PowerAction action() {
        return PowerAction.START;
    }
}
