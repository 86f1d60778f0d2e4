package dev.cloudmaker.ssh.bootstrap;

import dev.cloudmaker.core.RemoteCommandException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Runs one server's steps in order: tells the listener, keeps the results, and turns the first
 * failure into a {@link BootstrapException} naming the step, so the bootstrap stops there.
 */
final class StepRunner {
    private final String server;
    private final BootstrapListener listener;
    private final List<StepResult> results = new ArrayList<>();

    StepRunner(String server, BootstrapListener listener) {
        this.server = server;
        this.listener = listener;
    }

    List<StepResult> results() {
        return List.copyOf(results);
    }

    StepResult run(Step step, RemoteHost host) {
        return call(step.name(), host, () -> step.apply(host), r -> r);
    }

    /** Runs a body that yields a value (like the detected distro) and reports it as one step. */
    <T> T call(String name, RemoteHost host, Supplier<T> body, Function<T, StepResult> report) {
        listener.stepStarted(server, name);
        T value;
        try {
            value = body.get();
        } catch (RuntimeException e) {
            throw fail(name, host, e);
        }
        finish(name, report.apply(value));
        return value;
    }

    /** Runs a role hook that reports its own results; any FAILED among them stops the bootstrap. */
    void runAll(String name, RemoteHost host, Supplier<List<StepResult>> hook) {
        listener.stepStarted(server, name);
        List<StepResult> reported;
        try {
            reported = hook.get();
        } catch (RuntimeException e) {
            throw fail(name, host, e);
        }
        if (reported.isEmpty()) {
            finish(name, StepResult.ok(name, "nothing to do"));
        }
        for (StepResult r : reported) {
            finish(r.name(), r);
        }
    }

    private void finish(String name, StepResult result) {
        results.add(result);
        listener.stepFinished(server, result);
        if (result.status() == StepStatus.FAILED) {
            throw new BootstrapException(server, name, null, result.detail(), "", results, null);
        }
    }

    private BootstrapException fail(String name, RemoteHost host, RuntimeException e) {
        if (e instanceof BootstrapException b) {
            return b;
        }
        String command;
        String reason;
        String tail = "";
        if (e instanceof CommandFailedException c) {
            command = c.command();
            reason = withoutServer(c.getMessage());
            tail = c.outputTail();
        } else if (e instanceof RemoteCommandException) {
            command = host.lastCommand();
            reason = withoutServer(e.getMessage());
        } else {
            command = null;
            reason = e.getMessage() == null ? e.toString() : e.getMessage();
        }
        StepResult failed = StepResult.failed(name, reason);
        results.add(failed);
        listener.stepFinished(server, failed);
        return new BootstrapException(server, name, command, reason, tail, results, e);
    }

    /** RemoteCommandException starts its message with the server; the bootstrap's own exception adds it again. */
    private String withoutServer(String message) {
        return message.startsWith(server + ": ") ? message.substring(server.length() + 2) : message;
    }
}
