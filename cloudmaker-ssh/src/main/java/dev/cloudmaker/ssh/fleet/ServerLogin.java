package dev.cloudmaker.ssh.fleet;

import dev.cloudmaker.core.CloudmakerException;
import dev.cloudmaker.core.RemoteCommandException;
import dev.cloudmaker.core.spi.CloudServer;
import dev.cloudmaker.core.state.HostKeyPins;
import dev.cloudmaker.core.time.Waiter;
import dev.cloudmaker.ssh.HostKeyPolicy;
import dev.cloudmaker.ssh.Identity;
import dev.cloudmaker.ssh.SshConnection;
import dev.cloudmaker.ssh.SshConnector;
import dev.cloudmaker.ssh.SshTarget;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.time.Duration;
import java.util.function.Consumer;

/**
 * How cloudmaker logs in to a server it made, for every command that does: never to an address
 * reserved for emulators, only where the provider says the address reaches the server, only with the
 * host key pinned under the server's name, as {@code user} with the definition's identity. sshd moves
 * to the hardened port during bootstrap, so that port is tried first and 22 after it.
 */
public final class ServerLogin {
    /** How long a probe waits for a port to answer; a refusal comes at once. */
    private static final Duration PORT_PROBE = Duration.ofSeconds(3);

    private final Consumer<CloudServer> checkReachable;
    private final HostKeyPins pins;
    private final Identity identity;
    private final String user;
    private final int sshPort;
    private final SshConnector connector;

    /**
     * @param checkReachable the provider's {@link dev.cloudmaker.core.spi.Provider#checkReachable}: throws when the address would not reach the server
     * @param identity       the key to log in with; null, as {@code connector}, for a login used only for its checks
     * @param connector      null for a login used only for its checks and {@link #currentPort}, before a system client connects
     */
    public ServerLogin(Consumer<CloudServer> checkReachable, HostKeyPins pins, Identity identity, String user, int sshPort,
                       SshConnector connector) {
        this.checkReachable = checkReachable;
        this.pins = pins;
        this.identity = identity;
        this.user = user;
        this.sshPort = sshPort;
        this.connector = connector;
    }

    /** Throws when cloudmaker must not connect to the server at its address. */
    public void checkAllowed(CloudServer server) {
        refuseDocumentationAddress(server);
        if (server.networking().publicIpv4() == null) {
            throw new CloudmakerException(server.name() + " has no address yet (" + server.describeState() + ")");
        }
        checkReachable.accept(server);
    }

    /** A login to a running server: one try per port, each step bounded by {@code connectTimeout}. */
    public SshConnection connect(CloudServer server, Duration connectTimeout) {
        checkAllowed(server);
        requirePin(server);
        if (sshPort == SshTarget.SSH_PORT) {
            return connector.connect(target(server, sshPort, connectTimeout), identity, policy(server));
        }
        try {
            // the whole timeout: before bootstrap nothing listens there and the refusal comes at once
            return connector.connect(target(server, sshPort, connectTimeout), identity, policy(server));
        } catch (RemoteCommandException onHardenedPort) {
            try {
                return connector.connect(target(server, SshTarget.SSH_PORT, connectTimeout), identity, policy(server));
            } catch (RemoteCommandException on22) {
                // not knowing whether bootstrap moved sshd yet, both answers may be the one that matters
                throw new RemoteCommandException(server.name(), FailureReason.of(server.name(), onHardenedPort)
                        + "; and on port 22: " + FailureReason.of(server.name(), on22), on22);
            }
        }
    }

    /**
     * A login to a server that may still be booting, within {@code timeout}: first waits until sshd listens
     * on the hardened port or, not moved there yet, on 22, then for it to accept the login on that port.
     */
    public SshConnection await(CloudServer server, Duration timeout) {
        checkAllowed(server);
        requirePin(server);
        long deadline = System.nanoTime() + timeout.toNanos();
        int port = sshPort == SshTarget.SSH_PORT ? sshPort : Waiter.waitingFor(server.name() + " ("
                        + server.networking().publicIpv4() + ") to listen for SSH on port " + sshPort + " or 22", timeout)
                .polling(Duration.ofMillis(250), Duration.ofSeconds(2))
                .until(() -> listeningPort(server), p -> p != 0, p -> "nothing listens on either port");
        Duration left = Duration.ofNanos(Math.max(0, deadline - System.nanoTime()));
        return connector.awaitConnection(target(server, port, Duration.ofSeconds(10)), identity, policy(server), left);
    }

    /** Throws unless the server's host key is pinned under its name; said before dialling, since no port could get past it. */
    public void requirePin(CloudServer server) {
        if (pins.lookup(server.name()).isEmpty()) {
            throw new CloudmakerException(server.name() + ": no host key is pinned for it in " + pins.location()
                    + ", so cloudmaker will not log in to it (a server's key is pinned when cloudmaker creates it with bootstrap on)");
        }
    }

    /**
     * The port sshd listens on now, for programs that connect by themselves (ssh, rsync, scp): the
     * hardened one once something answers there, else 22.
     */
    public int currentPort(CloudServer server) {
        return sshPort == SshTarget.SSH_PORT || listens(server, sshPort) ? sshPort : SshTarget.SSH_PORT;
    }

    /** The hardened port when something listens there, else 22 when something does, else 0. */
    private int listeningPort(CloudServer server) {
        return listens(server, sshPort) ? sshPort : listens(server, SshTarget.SSH_PORT) ? SshTarget.SSH_PORT : 0;
    }

    private static boolean listens(CloudServer server, int port) {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress(server.networking().publicIpv4(), port), (int) PORT_PROBE.toMillis());
            return true;
        } catch (IOException nothingThere) {
            return false;
        }
    }

    private SshTarget target(CloudServer server, int port, Duration connectTimeout) {
        return new SshTarget(server.name(), server.networking().publicIpv4(), port, user, connectTimeout);
    }

    private HostKeyPolicy policy(CloudServer server) {
        return HostKeyPolicy.pinned(pins, server.name());
    }

    /**
     * Addresses reserved for documentation (RFC 5737, RFC 3849) are what emulators hand out; no real
     * server has one, and nothing may be sent to them.
     */
    static void refuseDocumentationAddress(CloudServer server) {
        String a = server.networking().publicIpv4();
        if (a != null && (a.startsWith("192.0.2.") || a.startsWith("198.51.100.") || a.startsWith("203.0.113."))) {
            throw new CloudmakerException(server.name() + ": refusing to connect to " + a
                    + ", an address reserved for documentation and emulators, not a server's");
        }
    }
}
