package dev.cloudmaker.ssh.bootstrap.step;

import dev.cloudmaker.core.model.role.CommandSpec;
import dev.cloudmaker.ssh.bootstrap.RemoteHost;
import dev.cloudmaker.ssh.bootstrap.Step;
import dev.cloudmaker.ssh.bootstrap.StepResult;
import java.time.Duration;

/**
 * A role's command, run as root unless its guard says it already ran: {@code creates} exists, or
 * {@code unless} succeeds. An unguarded command runs every time and counts as a change every time.
 */
public final class CommandStep implements Step {
    private static final Duration TIMEOUT = Duration.ofMinutes(30);
    private final CommandSpec command;

    public CommandStep(CommandSpec command) {
        if (command.run() == null || command.run().isBlank()) {
            throw new IllegalArgumentException("a role command needs something to run");
        }
        this.command = command;
    }

    @Override
    public String name() {
        String run = command.run().strip().replaceAll("\\s+", " ");
        return "command " + (run.length() > 60 ? run.substring(0, 59) + "…" : run);
    }

    @Override
    public StepResult apply(RemoteHost host) {
        if (command.creates() != null && host.files().exists(command.creates())) {
            return StepResult.ok(name(), command.creates() + " exists");
        }
        if (command.unless() != null && host.sudo(command.unless(), TIMEOUT).ok()) {
            return StepResult.ok(name(), "its 'unless' check succeeds");
        }
        host.sudoOk(command.run(), TIMEOUT);
        return StepResult.changed(name(), "ran");
    }
}
