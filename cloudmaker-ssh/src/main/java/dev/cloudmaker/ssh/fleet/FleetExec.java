package dev.cloudmaker.ssh.fleet;

import dev.cloudmaker.core.engine.Parallel;
import dev.cloudmaker.core.spi.CloudServer;
import dev.cloudmaker.ssh.SshConnection;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Runs one command on many servers at once, each over its own SSH session. Output goes line by line
 * to the connector's {@link dev.cloudmaker.ssh.OutputListener} as it arrives; what each server's
 * command ended with comes back here. A server that cannot be reached, or whose command runs out of
 * time, is an outcome like any other and does not stop the rest.
 */
public final class FleetExec {
    private final ServerLogin login;
    private final int parallelism;
    private final Duration connectTimeout;

    public FleetExec(ServerLogin login, int parallelism, Duration connectTimeout) {
        this.login = login;
        this.parallelism = parallelism;
        this.connectTimeout = connectTimeout;
    }

    /** One outcome per server, in the servers' order; {@code timeout} bounds each command after its login. */
    public List<ExecOutcome> run(List<CloudServer> servers, String command, Duration timeout) {
        Map<String, ExecOutcome> outcomes = new ConcurrentHashMap<>();
        List<Throwable> unexpected = Parallel.forEach(servers, parallelism, s -> outcomes.put(s.name(), one(s, command, timeout)));
        if (!unexpected.isEmpty()) {
            throw new IllegalStateException("exec stopped: " + unexpected.getFirst(), unexpected.getFirst());
        }
        return servers.stream().map(s -> outcomes.get(s.name())).toList();
    }

    private ExecOutcome one(CloudServer server, String command, Duration timeout) {
        // a server just started reports running a little before sshd answers: wait for the login, bounded
        try (SshConnection ssh = login.await(server, connectTimeout)) {
            return ExecOutcome.exited(server.name(), ssh.run(command, timeout).exitCode());
        } catch (RuntimeException e) {
            return ExecOutcome.failed(server.name(), e);
        }
    }
}
