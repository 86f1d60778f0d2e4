package dev.cloudmaker.ssh;

import dev.cloudmaker.core.Secret;
import dev.cloudmaker.core.model.SshPublicKey;
import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.PublicKey;

/**
 * A server's ed25519 host key, made by cloudmaker before the server exists so that its public half can
 * be pinned in known_hosts and the private half handed to cloud-init ({@code ssh_keys: ed25519_private:}).
 * The first connection is then verified like every later one, with no trust-on-first-use.
 */
public final class HostKeyPair {
    private static final String COMMENT = "cloudmaker-host-key";

    private final KeyPair pair;

    private HostKeyPair(KeyPair pair) {
        this.pair = pair;
    }

    public static HostKeyPair generate() {
        return new HostKeyPair(KeyCodec.generateEd25519());
    }

    /**
     * Reads a host key back from its OpenSSH private key text (as {@link #privateKeyText()} renders it).
     *
     * @throws IllegalArgumentException when the text is no unencrypted private key; the message holds no key material
     */
    public static HostKeyPair fromPrivateKeyText(Secret privateKeyText) {
        try {
            return new HostKeyPair(KeyCodec.readPrivateKey(privateKeyText.reveal(), "host key"));
        } catch (EncryptedKeyException e) {
            throw new IllegalArgumentException("the host private key is encrypted; cloud-init needs it unencrypted");
        } catch (IOException | GeneralSecurityException | RuntimeException e) {
            throw new IllegalArgumentException("the text is not an OpenSSH private key that can be read ("
                    + e.getClass().getSimpleName() + ")");
        }
    }

    /** {@code -----BEGIN OPENSSH PRIVATE KEY-----...}, the file sshd reads; a Secret so it cannot leak by accident. */
    public Secret privateKeyText() {
        return Secret.of(KeyCodec.privateKeyText(pair, COMMENT));
    }

    /** {@code ssh-ed25519 AAAA...}: what the server will present, and what known_hosts pins. */
    public String publicKeyLine() {
        return KeyCodec.publicKeyLine(pair.getPublic());
    }

    public SshPublicKey sshPublicKey() {
        return SshPublicKey.parse(publicKeyLine());
    }

    public PublicKey publicKey() {
        return pair.getPublic();
    }

    /** {@code SHA256:...}, as ssh shows it when it connects. */
    public String fingerprint() {
        return KeyCodec.fingerprint(pair.getPublic());
    }

    @Override
    public String toString() {
        return "HostKeyPair[" + pair.getPublic().getAlgorithm() + " " + fingerprint() + "]";
    }
}
