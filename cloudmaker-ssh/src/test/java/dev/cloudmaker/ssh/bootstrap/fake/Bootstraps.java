package dev.cloudmaker.ssh.bootstrap.fake;

import dev.cloudmaker.core.model.role.BootstrapSettings;
import dev.cloudmaker.core.model.role.RoleSpec;
import dev.cloudmaker.ssh.bootstrap.BootstrapListener;
import dev.cloudmaker.ssh.bootstrap.BootstrapReport;
import dev.cloudmaker.ssh.bootstrap.Bootstrapper;
import dev.cloudmaker.ssh.bootstrap.StepResult;
import dev.cloudmaker.ssh.bootstrap.StepStatus;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Runs bootstraps against fake servers, recording listener events and lock waits (never sleeping). */
public final class Bootstraps implements BootstrapListener {
    public final List<String> events = Collections.synchronizedList(new ArrayList<>());
    public final List<Duration> pauses = Collections.synchronizedList(new ArrayList<>());
    public final Bootstrapper bootstrapper = new Bootstrapper(this, pauses::add, Bootstraps.class.getClassLoader());

    public BootstrapReport run(FakeServer server) {
        return run(server, BootstrapSettings.defaults(), null, Path.of("."));
    }

    public BootstrapReport run(FakeServer server, BootstrapSettings settings, RoleSpec role, Path baseDir) {
        return bootstrapper.run(server, settings, role, baseDir);
    }

    @Override
    public void stepStarted(String server, String step) {
        events.add(server + " started " + step);
    }

    @Override
    public void stepFinished(String server, StepResult result) {
        events.add(server + " " + result.status() + " " + result.name());
    }

    /** Step name to status, in order. */
    public static Map<String, StepStatus> statuses(BootstrapReport report) {
        return report.steps().stream().collect(Collectors.toMap(StepResult::name, StepResult::status, (a, b) -> b,
                java.util.LinkedHashMap::new));
    }

    /** The CHANGED steps, with what they did, to show in an assertion message. */
    public static List<String> changed(BootstrapReport report) {
        return report.steps().stream().filter(StepResult::changed).map(r -> r.name() + ": " + r.detail()).toList();
    }
}
