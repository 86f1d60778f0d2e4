package dev.cloudmaker.cli.command;

import dev.cloudmaker.core.spi.PowerAction;
import picocli.CommandLine.Command;

@Command(name = "reboot", mixinStandardHelpOptions = true,
        description = "Reboot servers of the namespace; a stopped server is started.")
public final class RebootCommand extends PowerCommand {
    @Override
    PowerAction action() {
        return PowerAction.REBOOT;
    }
}
