package dev.cloudmaker.ssh.bootstrap.step;

import dev.cloudmaker.ssh.CommandResult;
import dev.cloudmaker.ssh.bootstrap.CommandFailedException;
import dev.cloudmaker.ssh.bootstrap.RemoteHost;
import dev.cloudmaker.ssh.bootstrap.Step;
import dev.cloudmaker.ssh.bootstrap.StepResult;
import java.time.Duration;

/**
 * Waits until cloud-init has finished: until then it may still be creating users, writing the apt
 * proxy, or holding the package lock, and the bootstrap would race it.
 */
public final class CloudInitStep implements Step {
    public static final String WAIT = "cloud-init status --wait";
    private static final Duration TIMEOUT = Duration.ofMinutes(20);

    @Override
    public String name() {
        return "cloud-init";
    }

    @Override
    public StepResult apply(RemoteHost host) {
        if (!host.commandExists("cloud-init")) {
            return StepResult.skipped(name(), "cloud-init is not installed");
        }
        CommandResult r = host.sudo(WAIT, TIMEOUT);
        return switch (r.exitCode()) {
            case 0 -> StepResult.ok(name(), "cloud-init has finished");
            // 2 (cloud-init 23.4 and later): done, but some module reported an error it recovered from.
            case 2 -> StepResult.ok(name(), "warning: cloud-init finished with recoverable errors: "
                    + CommandFailedException.tail(r).replace('\n', ' '));
            default -> throw new CommandFailedException(host.server(), WAIT, r, "cloud-init failed");
        };
    }
}
