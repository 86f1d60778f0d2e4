package dev.cloudmaker.ssh.bootstrap;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * What one server's bootstrap did. {@code reconnect} is present when later sessions must use another
 * port or user than this one did: the caller reconnects there, and bootstraps once more to close the
 * port it came in on (the firewall keeps it open until a session arrives on the new one).
 */
public record BootstrapReport(
        String server,
        Distro distro,
        List<StepResult> steps,
        int changedCount,
        Duration took,
        Optional<Reconnect> reconnect) {

    public BootstrapReport {
        steps = List.copyOf(steps);
    }

    public BootstrapReport(String server, Distro distro, List<StepResult> steps, Duration took, Optional<Reconnect> reconnect) {
        this(server, distro, steps, (int) steps.stream().filter(StepResult::changed).count(), took, reconnect);
    }
}
