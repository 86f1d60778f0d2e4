package dev.cloudmaker.triton;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.PublicKey;
import java.util.List;
import org.apache.sshd.common.NamedResource;
import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.config.keys.PublicKeyEntry;
import org.apache.sshd.common.config.keys.PublicKeyEntryResolver;
import org.apache.sshd.common.keyprovider.KeyPairProvider;
import org.apache.sshd.common.util.security.SecurityUtils;
import org.apache.sshd.server.SshServer;
import org.apache.sshd.server.shell.ProcessShellFactory;

/**
 * An SSH server on 127.0.0.1 standing in for an emulated machine, whose address has nothing behind it: it boots
 * from the machine's own cloud-init user data as cloud-init would apply it, presenting the host key given in
 * {@code ssh_keys} and letting in {@code admin} with the key in its {@code ssh_authorized_keys}; commands run by
 * {@code /bin/sh -c} on the test's host.
 */
final class StandInMachine implements AutoCloseable {
    private final SshServer server;

    private StandInMachine(SshServer server) {
        this.server = server;
    }

    /** Started from {@code userData}, failing when it holds no host key or no key for admin. */
    static StandInMachine bootedFrom(String userData) {
        KeyPair hostKey = hostKey(userData);
        PublicKey admin = adminKey(userData);
        SshServer server = SshServer.setUpDefaultServer();
        server.setHost("127.0.0.1");
        server.setPort(0);
        server.setKeyPairProvider(KeyPairProvider.wrap(hostKey));
        server.setPublickeyAuthenticator((user, key, session) -> user.equals("admin") && KeyUtils.compareKeys(admin, key));
        server.setPasswordAuthenticator(null);
        server.setKeyboardInteractiveAuthenticator(null);
        server.setCommandFactory((channel, command) -> new ProcessShellFactory(command, "/bin/sh", "-c", command)
                .createShell(channel));
        try {
            server.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new StandInMachine(server);
    }

    InetSocketAddress address() {
        return new InetSocketAddress("127.0.0.1", server.getPort());
    }

    private static KeyPair hostKey(String userData) {
        List<String> lines = userData.lines().toList();
        int from = lines.indexOf("  ed25519_private: |");
        if (from < 0) {
            throw new AssertionError("the user data gives no ed25519 host key:\n" + userData);
        }
        StringBuilder pem = new StringBuilder();
        for (String line : lines.subList(from + 1, lines.size())) {
            if (!line.startsWith("    ")) {
                break;
            }
            pem.append(line.substring(4)).append('\n');
        }
        try {
            return SecurityUtils.loadKeyPairIdentities(null, NamedResource.ofName("ssh_keys"),
                    new ByteArrayInputStream(pem.toString().getBytes(StandardCharsets.UTF_8)), null).iterator().next();
        } catch (IOException | GeneralSecurityException e) {
            throw new AssertionError("the user data's host key is not a private key", e);
        }
    }

    private static PublicKey adminKey(String userData) {
        List<String> lines = userData.lines().toList();
        int user = lines.indexOf("  - name: admin");
        String line = lines.subList(Math.max(user, 0), lines.size()).stream().filter(l -> l.startsWith("      - \""))
                .findFirst().filter(l -> user >= 0)
                .orElseThrow(() -> new AssertionError("the user data has no admin user with a key:\n" + userData));
        String key = line.substring(line.indexOf('"') + 1, line.lastIndexOf('"'));
        try {
            return PublicKeyEntry.parsePublicKeyEntry(key).resolvePublicKey(null, null, PublicKeyEntryResolver.FAILING);
        } catch (IOException | GeneralSecurityException e) {
            throw new AssertionError("admin's key is not an OpenSSH public key: " + key, e);
        }
    }

    @Override
    public void close() {
        try {
            server.stop(true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
