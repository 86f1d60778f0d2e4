package dev.cloudmaker.ssh.fleet;

import dev.cloudmaker.core.CloudmakerException;
import dev.cloudmaker.core.engine.Parallel;
import dev.cloudmaker.core.model.role.BootstrapSettings;
import dev.cloudmaker.core.model.role.RoleSpec;
import dev.cloudmaker.core.spi.CloudServer;
import dev.cloudmaker.core.state.HostKeyPins;
import dev.cloudmaker.ssh.HostKeyPair;
import dev.cloudmaker.ssh.Identity;
import dev.cloudmaker.ssh.SshConnection;
import dev.cloudmaker.ssh.SshConnector;
import dev.cloudmaker.ssh.bootstrap.BootstrapReport;
import dev.cloudmaker.ssh.bootstrap.Bootstrapper;
import dev.cloudmaker.ssh.firstboot.HostKeyStore;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Bootstraps many servers at once, each over its own SSH session: refuse an address the provider
 * says does not reach the server, pin the host key cloudmaker gave it to its addresses, wait for SSH,
 * run the {@link Bootstrapper}. One server's failure does not stop the others; all failures are
 * reported together at the end.
 */
public final class FleetBootstrap {
    /** One server and the role it plays (null: the hardening baseline only). */
    public record Target(CloudServer server, RoleSpec role) {
    }

    private final HostKeyPins pins;
    private final HostKeyStore hostKeys;
    private final BootstrapSettings settings;
    private final Path baseDir;
    private final Bootstrapper bootstrapper;
    private final ServerLogin login;
    private final int parallelism;
    private final Duration sshTimeout;

    public FleetBootstrap(Consumer<CloudServer> checkReachable, HostKeyPins pins, HostKeyStore hostKeys, Identity identity,
                          BootstrapSettings settings, Path baseDir, Bootstrapper bootstrapper, SshConnector connector,
                          int parallelism, Duration sshTimeout) {
        this.pins = pins;
        this.hostKeys = hostKeys;
        this.settings = settings;
        this.baseDir = baseDir;
        this.bootstrapper = bootstrapper;
        this.login = new ServerLogin(checkReachable, pins, identity, settings.adminUser(), settings.sshPort(), connector);
        this.parallelism = parallelism;
        this.sshTimeout = sshTimeout;
    }

    /** The reports in the targets' order; throws {@link FleetBootstrapException} if any server failed. */
    public List<BootstrapReport> run(List<Target> targets) {
        Map<String, BootstrapReport> done = new ConcurrentHashMap<>();
        Map<String, Throwable> failed = new ConcurrentHashMap<>();
        List<Throwable> unexpected = Parallel.forEach(targets, parallelism, t -> {
            try {
                done.put(t.server().name(), one(t));
            } catch (RuntimeException e) {
                failed.put(t.server().name(), e);
            }
        });
        if (!unexpected.isEmpty()) {
            throw new CloudmakerException("bootstrap stopped: " + unexpected.get(0), unexpected.get(0));
        }
        List<BootstrapReport> reports = new ArrayList<>();
        Map<String, Throwable> failures = new LinkedHashMap<>();
        for (Target t : targets) {
            String name = t.server().name();
            if (done.containsKey(name)) {
                reports.add(done.get(name));
            } else {
                failures.put(name, failed.get(name));
            }
        }
        if (!failures.isEmpty()) {
            throw new FleetBootstrapException(reports, failures);
        }
        return reports;
    }

    private BootstrapReport one(Target t) {
        CloudServer server = t.server();
        login.checkAllowed(server);
        HostKeyPair key = hostKeys.find(server.name()).orElseThrow(() -> new CloudmakerException(server.name()
                + ": cloudmaker holds no host key for it, so its first connection cannot be verified (it was created"
                + " elsewhere, or before bootstrap was on); re-create it with `cloudmaker provision --replace "
                + server.name() + "`"));
        List<String> addresses = Stream.of(server.networking().publicIpv4(), server.networking().publicIpv6())
                .filter(a -> a != null && !a.isBlank()).toList();
        pins.pin(server.name(), addresses, settings.sshPort(), key.sshPublicKey());
        BootstrapReport first;
        try (SshConnection ssh = login.await(server, sshTimeout)) {
            first = bootstrapper.run(ssh, settings, t.role(), baseDir);
        }
        if (first.reconnect().isEmpty()) {
            return first;
        }
        // sshd moved: a session on the new port lets the firewall close the old one
        try (SshConnection ssh = login.await(server, sshTimeout)) {
            BootstrapReport second = bootstrapper.run(ssh, settings, t.role(), baseDir);
            List<dev.cloudmaker.ssh.bootstrap.StepResult> steps = new ArrayList<>(first.steps());
            second.steps().stream().filter(dev.cloudmaker.ssh.bootstrap.StepResult::changed).forEach(steps::add);
            return new BootstrapReport(server.name(), second.distro(), steps, first.took().plus(second.took()), second.reconnect());
        }
    }
}
