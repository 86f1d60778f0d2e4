package dev.cloudmaker.testkit.ssh;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.PublicKey;
import java.util.List;
import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.config.keys.PublicKeyEntry;
import org.apache.sshd.common.config.keys.PublicKeyEntryResolver;
import org.apache.sshd.common.file.nativefs.NativeFileSystemFactory;
import org.apache.sshd.common.keyprovider.KeyPairProvider;
import org.apache.sshd.server.SshServer;
import org.apache.sshd.server.shell.ProcessShellFactory;
import org.apache.sshd.sftp.server.SftpSubsystemFactory;

/**
 * A real SSH server on 127.0.0.1 for tests: an ed25519 host key made fresh per instance (pin
 * {@link #hostKeyLine()}), public-key login for one key and any user name, commands run by
 * {@code /bin/sh -c} as the user running the tests, and SFTP on the real file system (use temp dirs).
 * The host key exists from construction, so a test can pin it before {@link #start()}.
 */
public final class EmbeddedSshServer implements AutoCloseable {
    public static final String HOST = "127.0.0.1";

    private final SshServer server;
    private final KeyPair hostKey;

    /** Not started yet; {@code port} 0 picks a free one on start. */
    public EmbeddedSshServer(PublicKey authorizedKey, int port) {
        hostKey = generateHostKey();
        server = SshServer.setUpDefaultServer();
        server.setHost(HOST);
        server.setPort(port);
        server.setKeyPairProvider(KeyPairProvider.wrap(hostKey));
        server.setPublickeyAuthenticator((user, key, session) -> KeyUtils.compareKeys(authorizedKey, key));
        server.setPasswordAuthenticator(null);
        server.setKeyboardInteractiveAuthenticator(null);
        // the default factory splits the command on spaces; a real sshd hands it to the user's shell
        server.setCommandFactory((channel, command) -> new ProcessShellFactory(command, "/bin/sh", "-c", command)
                .createShell(channel));
        server.setFileSystemFactory(NativeFileSystemFactory.INSTANCE);
        server.setSubsystemFactories(List.of(new SftpSubsystemFactory()));
    }

    /** As the other constructor, with the key as an OpenSSH line ({@code ssh-ed25519 AAAA...}). */
    public EmbeddedSshServer(String authorizedKeyLine, int port) {
        this(parse(authorizedKeyLine), port);
    }

    /** Started on a free port. */
    public static EmbeddedSshServer started(String authorizedKeyLine) {
        return new EmbeddedSshServer(authorizedKeyLine, 0).start();
    }

    public EmbeddedSshServer start() {
        try {
            server.start();
        } catch (IOException e) {
            throw new UncheckedIOException("the embedded SSH server could not start on port " + server.getPort(), e);
        }
        return this;
    }

    public String host() {
        return HOST;
    }

    /** The port it listens on once started (before that, the one asked for). */
    public int port() {
        return server.getPort();
    }

    /** {@code ssh-ed25519 AAAA...}, the key the server presents. */
    public String hostKeyLine() {
        return PublicKeyEntry.toString(hostKey.getPublic());
    }

    public PublicKey hostKey() {
        return hostKey.getPublic();
    }

    /** How many sessions are open now (to check that clients close theirs). */
    public int activeSessions() {
        return server.getActiveSessions().size();
    }

    @Override
    public void close() {
        if (!server.isStarted()) {
            return;
        }
        try {
            server.stop(true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static KeyPair generateHostKey() {
        try {
            return KeyUtils.generateKeyPair(KeyPairProvider.SSH_ED25519, 256);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot generate an ed25519 host key", e);
        }
    }

    private static PublicKey parse(String line) {
        try {
            return PublicKeyEntry.parsePublicKeyEntry(line.strip()).resolvePublicKey(null, null, PublicKeyEntryResolver.FAILING);
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalArgumentException("not an OpenSSH public key line", e);
        }
    }
}
