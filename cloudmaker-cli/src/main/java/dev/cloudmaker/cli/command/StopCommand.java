package dev.cloudmaker.cli.command;

import dev.cloudmaker.core.spi.PowerAction;
import picocli.CommandLine.Command;

@Command(name = "stop", mixinStandardHelpOptions = true,
        description = "Stop servers of the namespace: a clean shutdown, and a hard power-off when the system does not go down by itself. Stopped ones are left as they are.")
public final class StopCommand extends PowerCommand {
    @Override
    PowerAction action() {
        return PowerAction.STOP;
    }
}
