package dev.cloudmaker.ssh.keys;

import dev.cloudmaker.core.engine.Parallel;
import dev.cloudmaker.core.spi.CloudServer;
import dev.cloudmaker.ssh.RemoteShell;
import dev.cloudmaker.ssh.SshConnection;
import dev.cloudmaker.ssh.fleet.ServerLogin;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiFunction;

/**
 * Makes the login user's authorized_keys equal to one key set on many servers at once, each over its
 * own SSH session, and says per server whether it changed. A server that fails does not stop the others.
 * Servers need nothing of the cloud for this: no token, no agent.
 */
public final class KeySync {
    private final ServerLogin login;
    private final int parallelism;
    private final Duration timeout;
    private final BiFunction<RemoteShell, Duration, AuthorizedKeysFile> fileOf;

    /** {@code timeout} bounds the login and each command on one server. */
    public KeySync(ServerLogin login, int parallelism, Duration timeout) {
        this(login, parallelism, timeout, AuthorizedKeysFile::ofLoginUser);
    }

    /** Tests, whose "servers" are this host, keep the file somewhere else than the login user's home. */
    KeySync(ServerLogin login, int parallelism, Duration timeout, BiFunction<RemoteShell, Duration, AuthorizedKeysFile> fileOf) {
        this.login = login;
        this.parallelism = parallelism;
        this.timeout = timeout;
        this.fileOf = fileOf;
    }

    /** One outcome per server, in the servers' order. */
    public List<KeySyncOutcome> run(List<CloudServer> servers, AuthorizedKeys wanted) {
        Map<String, KeySyncOutcome> outcomes = new ConcurrentHashMap<>();
        List<Throwable> unexpected = Parallel.forEach(servers, parallelism, s -> outcomes.put(s.name(), one(s, wanted)));
        if (!unexpected.isEmpty()) {
            throw new IllegalStateException("keys sync stopped: " + unexpected.getFirst(), unexpected.getFirst());
        }
        return servers.stream().map(s -> outcomes.get(s.name())).toList();
    }

    private KeySyncOutcome one(CloudServer server, AuthorizedKeys wanted) {
        try (SshConnection ssh = login.connect(server, timeout)) {
            AuthorizedKeysFile file = fileOf.apply(ssh, timeout);
            AuthorizedKeys.Change change = wanted.changeFrom(file.read());
            if (!change.rewrite()) {
                return KeySyncOutcome.unchanged(server.name());
            }
            file.replace(wanted.content());
            return KeySyncOutcome.updated(server.name(), change.added(), change.removed());
        } catch (RuntimeException e) {
            return KeySyncOutcome.failed(server.name(), e);
        }
    }
}
