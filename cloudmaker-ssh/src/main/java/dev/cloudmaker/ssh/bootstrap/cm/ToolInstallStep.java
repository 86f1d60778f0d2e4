package dev.cloudmaker.ssh.bootstrap.cm;

import dev.cloudmaker.ssh.bootstrap.RemoteHost;
import dev.cloudmaker.ssh.bootstrap.Step;
import dev.cloudmaker.ssh.bootstrap.StepResult;
import java.time.Duration;

/** Installs a tool by its vendor's script, unless its program is already there. */
public final class ToolInstallStep implements Step {
    private static final Duration TIMEOUT = Duration.ofMinutes(20);
    private final ConfigManagementTool tool;
    private final String command;

    public ToolInstallStep(ConfigManagementTool tool) {
        this.tool = tool;
        this.command = tool.installCommand().orElseThrow(
                () -> new IllegalArgumentException(tool.name() + " installs from packages, not by script"));
    }

    @Override
    public String name() {
        return "install " + tool.name();
    }

    @Override
    public StepResult apply(RemoteHost host) {
        if (host.commandExists(tool.program())) {
            return StepResult.ok(name(), tool.program() + " is installed");
        }
        host.sudoOk(command, TIMEOUT);
        if (!host.commandExists(tool.program())) {
            throw new IllegalStateException("the install script ran but " + tool.program() + " is still missing");
        }
        return StepResult.changed(name(), "installed by its install script");
    }
}
