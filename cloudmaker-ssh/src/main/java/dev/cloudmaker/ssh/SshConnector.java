package dev.cloudmaker.ssh;

import dev.cloudmaker.core.RemoteCommandException;
import dev.cloudmaker.core.time.Durations;
import dev.cloudmaker.core.time.Waiter;
import java.io.EOFException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketAddress;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.nio.channels.UnresolvedAddressException;
import java.security.PublicKey;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeoutException;
import org.apache.sshd.client.SshClient;
import org.apache.sshd.client.auth.pubkey.UserAuthPublicKeyFactory;
import org.apache.sshd.client.config.hosts.HostConfigEntryResolver;
import org.apache.sshd.client.future.ConnectFuture;
import org.apache.sshd.client.session.ClientSession;
import org.apache.sshd.common.AttributeRepository;
import org.apache.sshd.common.AttributeRepository.AttributeKey;
import org.apache.sshd.common.SshConstants;
import org.apache.sshd.common.SshException;
import org.apache.sshd.common.keyprovider.KeyIdentityProvider;
import org.apache.sshd.common.session.Session;
import org.apache.sshd.core.CoreModuleProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Opens SSH connections. Owns one started MINA client that all its connections share (its I/O
 * threads serve them all), so eight parallel bootstraps cost one client. Close it last: that ends
 * every connection it made.
 *
 * <p>The client is locked down: it trusts a server key only through the {@link HostKeyPolicy} given
 * for that connection, offers only the given {@link Identity} (never other keys found in ~/.ssh or the
 * agent; an identity the agent holds is signed by the agent), authenticates by public key only, and
 * ignores ~/.ssh/config.
 */
public final class SshConnector implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(SshConnector.class);
    private static final AttributeKey<Handshake> HANDSHAKE = new AttributeKey<>();
    private static final AttributeKey<Identity> IDENTITY = new AttributeKey<>();
    // A dead peer (server powered off, network gone) is noticed after about a minute instead of never.
    private static final Duration HEARTBEAT = Duration.ofSeconds(15);
    private static final int HEARTBEAT_MISSES = 4;
    private static final Duration MIN_STEP = Duration.ofMillis(200);

    private final SshClient client;
    private final OutputListener listener;

    public SshConnector() {
        this(OutputListener.NONE);
    }

    /** {@code listener} sees the output of every command on every connection made here. */
    public SshConnector(OutputListener listener) {
        this.listener = listener;
        client = SshClient.setUpDefaultClient();
        client.setServerKeyVerifier(SshConnector::verifyByPolicy);
        client.setHostConfigEntryResolver(HostConfigEntryResolver.EMPTY);
        client.setKeyIdentityProvider(KeyIdentityProvider.EMPTY_KEYS_PROVIDER);
        client.setAgentFactory(new IdentityAgentFactory(session -> attribute(session, IDENTITY)));
        client.setUserAuthFactories(List.of(UserAuthPublicKeyFactory.INSTANCE));
        CoreModuleProperties.HEARTBEAT_INTERVAL.set(client, HEARTBEAT);
        CoreModuleProperties.HEARTBEAT_NO_REPLY_MAX.set(client, HEARTBEAT_MISSES);
        client.start();
    }

    /**
     * Connects, verifies the host key and logs in, each step bounded by {@code target.connectTimeout()}.
     *
     * @throws RemoteCommandException when any step fails, saying which and why
     */
    public SshConnection connect(SshTarget target, Identity identity, HostKeyPolicy policy) {
        ConnectAttempt attempt = attempt(target, identity, policy, target.connectTimeout());
        if (attempt.succeeded()) {
            return attempt.connection();
        }
        throw new RemoteCommandException(target.server(), "could not log in to " + target.address() + " as "
                + target.user() + ": " + attempt.state());
    }

    /**
     * Logs in to a server that may still be booting: retries (with backoff) while the port refuses,
     * has no route, resets or sshd drops the handshake. Fails at once when the host key does not match
     * the pin or the server refuses the key, since waiting cannot fix either.
     *
     * @throws dev.cloudmaker.core.WaitTimeoutException when {@code timeout} runs out, naming the server,
     *         its address, the last thing seen and the time waited
     * @throws RemoteCommandException on a host key mismatch or refused login
     */
    public SshConnection awaitConnection(SshTarget target, Identity identity, HostKeyPolicy policy, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        String what = target.server() + " (" + target.address() + ") to accept an SSH login as " + target.user();
        return Waiter.waitingFor(what, timeout)
                .polling(Duration.ofMillis(250), Duration.ofSeconds(5))
                .until(() -> attempt(target, identity, policy, stepTimeout(target, deadline)),
                        ConnectAttempt::succeeded, ConnectAttempt::state)
                .connection();
    }

    private ConnectAttempt attempt(SshTarget target, Identity identity, HostKeyPolicy policy, Duration step) {
        if (!policy.serverName().equals(target.server())) {
            throw new IllegalArgumentException("the host key policy is for " + policy.serverName()
                    + ", not for " + target.server());
        }
        Handshake handshake = new Handshake(policy);
        ConnectFuture future = null;
        ClientSession session = null;
        try {
            future = client.connect(target.user(), target.host(), target.port(),
                    AttributeRepository.ofAttributesMap(Map.of(HANDSHAKE, handshake, IDENTITY, identity)), null);
            session = future.verify(step).getSession();
            if (!identity.inAgent()) {
                session.addPublicKeyIdentity(identity.keyPair());
            }
            session.auth().verify(step);
            return ConnectAttempt.connected(new SshConnection(session, target, listener));
        } catch (IOException | RuntimeException e) {
            if (session != null) {
                session.close(true);
            } else if (future != null) {
                future.cancel();
            }
            failFast(target, identity, handshake, e);
            String state = describe(e, step, !handshake.keyAccepted());
            LOG.debug("{}: no SSH login yet at {}: {}", target.server(), target.address(), state);
            return ConnectAttempt.failed(state);
        }
    }

    /** Throws for what retrying cannot fix; returns for what a booting server shows. */
    private static void failFast(SshTarget target, Identity identity, Handshake handshake, Exception e) {
        Optional<String> rejected = handshake.rejection();
        if (rejected.isPresent()) {
            throw new RemoteCommandException(target.server(), rejected.get(), e);
        }
        if (handshake.keyAccepted() && isAuthRefusal(e)) {
            throw new RemoteCommandException(target.server(), "the server at " + target.address()
                    + " refused the key " + identity.fingerprint() + " (" + identity.source() + ") for user "
                    + target.user() + ". Fix: check that the server was created with this key's public half"
                    + " (security.json's public_ssh_key) and that user " + target.user() + " exists there", e);
        }
        Throwable root = root(e);
        if (root instanceof UnknownHostException || root instanceof UnresolvedAddressException) {
            throw new RemoteCommandException(target.server(), "the host name " + target.host()
                    + " cannot be resolved. Fix: check the server's address in the inventory", e);
        }
    }

    private static boolean isAuthRefusal(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SshException s
                    && s.getDisconnectCode() == SshConstants.SSH2_DISCONNECT_NO_MORE_AUTH_METHODS_AVAILABLE) {
                return true;
            }
        }
        return false;
    }

    /** {@code beforeKey}: the server had not shown its host key yet. */
    private static String describe(Exception e, Duration step, boolean beforeKey) {
        Throwable root = root(e);
        if (root instanceof ConnectException) {
            return "connection refused";
        }
        if (root instanceof NoRouteToHostException) {
            return "no route to host";
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        String lower = message.toLowerCase(Locale.ROOT);
        if (root instanceof SocketTimeoutException || root instanceof TimeoutException
                || lower.contains("timeout") || lower.contains("timed out")) {
            return "no answer within " + Durations.format(step);
        }
        if (lower.contains("reset")) {
            return "connection reset";
        }
        // MINA words an early close differently depending on how far the session got
        boolean closed = root instanceof EOFException || lower.contains("closed") || lower.contains("broken pipe")
                || lower.contains("no session attached");
        if (beforeKey && closed) {
            return "the server closed the connection before the SSH handshake finished (sshd may be starting)";
        }
        return beforeKey ? "the SSH handshake did not finish: " + message : message;
    }

    private static Throwable root(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t;
    }

    /** Never longer than the target's own step timeout, nor past the overall deadline. */
    private static Duration stepTimeout(SshTarget target, long deadline) {
        Duration left = Duration.ofNanos(deadline - System.nanoTime());
        Duration step = left.compareTo(target.connectTimeout()) < 0 ? left : target.connectTimeout();
        return step.compareTo(MIN_STEP) < 0 ? MIN_STEP : step;
    }

    /** The client-wide verifier: defers to the connection's policy; a session without one is never trusted. */
    private static boolean verifyByPolicy(ClientSession session, SocketAddress remote, PublicKey key) {
        Handshake handshake = attribute(session, HANDSHAKE);
        return handshake != null && handshake.verify(remote, key);
    }

    /** What {@link #attempt} put in the connection's context (null when absent). */
    private static <T> T attribute(Session session, AttributeKey<T> key) {
        AttributeRepository context = session instanceof ClientSession c ? c.getConnectionContext() : null;
        return context == null ? null : context.getAttribute(key);
    }

    @Override
    public void close() {
        try {
            client.stop();
        } catch (RuntimeException e) {
            LOG.debug("stopping the SSH client failed: {}", e.toString());
        }
    }
}
