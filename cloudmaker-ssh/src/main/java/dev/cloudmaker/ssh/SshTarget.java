package dev.cloudmaker.ssh;

import java.time.Duration;
import java.util.Objects;

/**
 * Where and as whom to log in. {@code server} is the definition's name (for the host key pin and
 * messages), {@code host} the address to dial; {@code connectTimeout} bounds each network step of a login
 * (TCP connect, key exchange, authentication).
 */
public record SshTarget(String server, String host, int port, String user, Duration connectTimeout) {
    /** sshd's port until a bootstrap moves it. */
    public static final int SSH_PORT = 22;

    public SshTarget {
        Objects.requireNonNull(server, "server");
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(connectTimeout, "connectTimeout");
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("port " + port + " is not a TCP port");
        }
        if (connectTimeout.isNegative() || connectTimeout.isZero()) {
            throw new IllegalArgumentException("connectTimeout must be positive, not " + connectTimeout);
        }
    }

    /** Port 22 and a 10-second connect timeout. */
    public static SshTarget of(String server, String host, String user) {
        return new SshTarget(server, host, SSH_PORT, user, Duration.ofSeconds(10));
    }

    /** {@code 10.0.0.2:22}, {@code [2001:db8::1]:22}. */
    public String address() {
        return hostPort(host, port);
    }

    static String hostPort(String host, int port) {
        return (host.contains(":") ? "[" + host + "]" : host) + ":" + port;
    }
}
