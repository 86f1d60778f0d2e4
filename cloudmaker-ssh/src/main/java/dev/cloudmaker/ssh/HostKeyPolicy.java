package dev.cloudmaker.ssh;

import dev.cloudmaker.core.state.HostKeyPin;
import dev.cloudmaker.core.state.HostKeyPins;
import dev.cloudmaker.core.state.ServerNames;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.security.PublicKey;
import java.util.Optional;
import org.apache.sshd.client.keyverifier.ServerKeyVerifier;
import org.apache.sshd.client.session.ClientSession;
import org.apache.sshd.common.config.keys.KeyUtils;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Trusts one server's pinned host key and nothing else: no pin, no connection; another key, no
 * connection. {@link SshConnector} reports the reason as a {@link dev.cloudmaker.core.RemoteCommandException}
 * instead of MINA's bare "Server key did not validate".
 */
public final class HostKeyPolicy implements ServerKeyVerifier {
    private static final Logger LOG = LoggerFactory.getLogger(HostKeyPolicy.class);
    private static final String CONSOLE_CHECK = "ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub";

    private final HostKeyPins pins;
    private final String serverName;

    private HostKeyPolicy(HostKeyPins pins, String serverName) {
        this.pins = pins;
        this.serverName = serverName;
    }

    public static HostKeyPolicy pinned(HostKeyPins pins, String serverName) {
        return new HostKeyPolicy(pins, ServerNames.require(serverName));
    }

    public String serverName() {
        return serverName;
    }

    public HostKeyPins pins() {
        return pins;
    }

    @Override
    public boolean verifyServerKey(ClientSession session, SocketAddress remoteAddress, PublicKey serverKey) {
        Optional<String> rejection = check(remoteAddress, serverKey);
        rejection.ifPresent(why -> LOG.warn("{}: {}", serverName, why));
        return rejection.isEmpty();
    }

    /**
     * Empty when {@code serverKey} is the pinned key, else why not (with the fix). Reads the pin on
     * every handshake, so a line removed or re-pinned meanwhile counts at once.
     */
    Optional<String> check(SocketAddress remoteAddress, PublicKey serverKey) {
        String at = describe(remoteAddress);
        String presented = KeyUtils.getKeyType(serverKey) + " key " + KeyCodec.fingerprint(serverKey);
        Optional<HostKeyPin> pin = pins.lookup(serverName);
        if (pin.isEmpty()) {
            return Optional.of("no host key is pinned for " + serverName + " in " + pins.location()
                    + ", so the " + presented + " that " + at + " presented cannot be checked; the connection was refused."
                    + " Fix: compare that fingerprint with the one the server's console shows (" + CONSOLE_CHECK
                    + ") and, if they agree, add the line \"" + serverName + "," + hostOf(remoteAddress)
                    + " <the server's public host key>\" to that file");
        }
        HostKeyPin p = pin.get();
        PublicKey pinned = KeyCodec.publicKey(p.key().line());
        if (KeyCodec.same(pinned, serverKey)) {
            return Optional.empty();
        }
        return Optional.of("host key mismatch at " + at + ": expected " + KeyCodec.fingerprint(pinned) + " (pinned in "
                + p.location() + ": \"" + String.join(",", p.hostPatterns()) + " " + p.key().type()
                + " ...\"), but the server presented " + KeyCodec.fingerprint(serverKey) + "; the connection was refused."
                + " The server may have been re-created outside cloudmaker, or someone may be intercepting the connection."
                + " Fix: check the key on the server's console (" + CONSOLE_CHECK + "); only if it shows "
                + KeyCodec.fingerprint(serverKey) + ", " + p.removal()
                + " so that the new key can be pinned");
    }

    private static String describe(SocketAddress address) {
        return address instanceof InetSocketAddress in ? SshTarget.hostPort(in.getHostString(), in.getPort()) : String.valueOf(address);
    }

    private static String hostOf(SocketAddress address) {
        if (address instanceof InetSocketAddress in) {
            return in.getPort() == SshTarget.SSH_PORT ? in.getHostString() : "[" + in.getHostString() + "]:" + in.getPort();
        }
        return String.valueOf(address);
    }

    @Override
    public String toString() {
        return "HostKeyPolicy[" + serverName + " pinned in " + pins.location() + "]";
    }
}
