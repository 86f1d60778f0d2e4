package dev.cloudmaker.ssh;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.PublicKey;
import java.util.Iterator;
import org.apache.sshd.common.NamedResource;
import org.apache.sshd.common.config.keys.FilePasswordProvider;
import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.config.keys.PublicKeyEntry;
import org.apache.sshd.common.config.keys.PublicKeyEntryResolver;
import org.apache.sshd.common.config.keys.writer.openssh.OpenSSHKeyPairResourceWriter;
import org.apache.sshd.common.keyprovider.KeyPairProvider;
import org.apache.sshd.common.util.security.SecurityUtils;

/**
 * The few MINA key operations cloudmaker uses, in one place. Messages thrown from here never
 * contain key material: they say what kind of problem the text has, the caller says which file.
 */
final class KeyCodec {
    private KeyCodec() {
    }

    static KeyPair generateEd25519() {
        try {
            return KeyUtils.generateKeyPair(KeyPairProvider.SSH_ED25519, 256);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("this JVM cannot generate ed25519 keys: " + e.getMessage(), e);
        }
    }

    /** The {@code -----BEGIN OPENSSH PRIVATE KEY-----} text, unencrypted, as ssh-keygen writes it. */
    static String privateKeyText(KeyPair pair, String comment) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            OpenSSHKeyPairResourceWriter.INSTANCE.writePrivateKey(pair, comment, null, out);
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("could not encode a " + KeyUtils.getKeyType(pair) + " private key", e);
        }
        return out.toString(StandardCharsets.US_ASCII);
    }

    /**
     * Reads the one key pair in OpenSSH or PEM private key text.
     *
     * @throws EncryptedKeyException when the key is encrypted
     * @throws IOException or GeneralSecurityException when the text is no private key MINA can read
     */
    static KeyPair readPrivateKey(String text, String source) throws IOException, GeneralSecurityException {
        FilePasswordProvider refuse = (session, resource, retry) -> {
            throw new EncryptedKeyException();
        };
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        Iterable<KeyPair> pairs = SecurityUtils.loadKeyPairIdentities(
                null, NamedResource.ofName(source), new ByteArrayInputStream(bytes), refuse);
        Iterator<KeyPair> it = pairs == null ? null : pairs.iterator();
        if (it == null || !it.hasNext()) {
            throw new IOException("no private key found in it");
        }
        return it.next();
    }

    /** {@code ssh-ed25519 AAAA...}, without a comment. */
    static String publicKeyLine(PublicKey key) {
        return PublicKeyEntry.toString(key);
    }

    static PublicKey publicKey(String line) {
        try {
            return PublicKeyEntry.parsePublicKeyEntry(line.strip())
                    .resolvePublicKey(null, null, PublicKeyEntryResolver.FAILING);
        } catch (IOException | GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalArgumentException("not a usable OpenSSH public key line: " + e.getMessage(), e);
        }
    }

    /** {@code SHA256:...}, exactly as {@code ssh} and {@code ssh-keygen -l} print it. */
    static String fingerprint(PublicKey key) {
        return KeyUtils.getFingerPrint(key);
    }

    static boolean same(PublicKey a, PublicKey b) {
        return KeyUtils.compareKeys(a, b);
    }
}
