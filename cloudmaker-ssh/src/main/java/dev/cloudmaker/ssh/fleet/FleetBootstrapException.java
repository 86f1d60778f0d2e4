package dev.cloudmaker.ssh.fleet;

import dev.cloudmaker.core.CloudmakerException;
import dev.cloudmaker.ssh.bootstrap.BootstrapReport;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Some servers could not be bootstrapped; the others' reports are kept. Re-running bootstrap finishes them. */
public final class FleetBootstrapException extends CloudmakerException {
    private final transient List<BootstrapReport> finished;
    private final transient Map<String, Throwable> failures;

    public FleetBootstrapException(List<BootstrapReport> finished, Map<String, Throwable> failures) {
        super(failures.size() + " of " + (finished.size() + failures.size()) + " servers could not be bootstrapped:\n"
                + failures.entrySet().stream()
                .map(e -> "  " + e.getKey() + ": " + FailureReason.of(e.getKey(), e.getValue()))
                .collect(Collectors.joining("\n"))
                + "\nrun `cloudmaker bootstrap` again to finish them: finished steps are checked, not redone");
        this.finished = List.copyOf(finished);
        this.failures = Map.copyOf(failures);
    }

    public List<BootstrapReport> finished() {
        return finished;
    }

    public Map<String, Throwable> failures() {
        return failures;
    }
}
