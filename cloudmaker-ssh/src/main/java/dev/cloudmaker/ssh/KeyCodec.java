package dev.cloudmaker.ssh;

import dev.cloudmaker.core.Secret;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.PublicKey;
import java.util.Iterator;
import java.util.Optional;
import org.apache.sshd.common.NamedResource;
import org.apache.sshd.common.config.keys.FilePasswordProvider;
import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.config.keys.PublicKeyEntry;
import org.apache.sshd.common.config.keys.PublicKeyEntryResolver;
import org.apache.sshd.common.config.keys.writer.openssh.OpenSSHKeyPairResourceWriter;
import org.apache.sshd.common.keyprovider.KeyPairProvider;
import org.apache.sshd.common.session.SessionContext;
import org.apache.sshd.common.util.security.SecurityUtils;

/**
 * The few MINA key operations cloudmaker uses, in one place. Messages thrown from here never
 * contain key material: they say what kind of problem the text has, the caller says which file.
 */
final class KeyCodec {
    /** As many passphrase tries as ssh-add gives. */
    static final int PASSPHRASE_TRIES = 3;

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
     * Reads the one key pair in OpenSSH or PEM private key text, asking {@code prompt} for the passphrase
     * of an encrypted one (up to {@link #PASSPHRASE_TRIES} times).
     *
     * @throws EncryptedKeyException when the key is encrypted and nobody could be asked, or every passphrase was wrong
     * @throws IOException or GeneralSecurityException when the text is no private key MINA can read
     */
    static KeyPair readPrivateKey(String text, Path source, PassphrasePrompt prompt) throws IOException, GeneralSecurityException {
        return readPrivateKey(text, source.toString(), asking(source, prompt));
    }

    /** As {@link #readPrivateKey(String, Path, PassphrasePrompt)} with nobody to ask: an encrypted key is refused. */
    static KeyPair readPrivateKey(String text, String source) throws IOException, GeneralSecurityException {
        return readPrivateKey(text, source, (session, resource, retry) -> {
            throw new EncryptedKeyException(0);
        });
    }

    private static KeyPair readPrivateKey(String text, String source, FilePasswordProvider passwords)
            throws IOException, GeneralSecurityException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        Iterable<KeyPair> pairs = SecurityUtils.loadKeyPairIdentities(
                null, NamedResource.ofName(source), new ByteArrayInputStream(bytes), passwords);
        Iterator<KeyPair> it = pairs == null ? null : pairs.iterator();
        if (it == null || !it.hasNext()) {
            throw new IOException("no private key found in it");
        }
        return it.next();
    }

    /** MINA's passphrase callback over {@code prompt}: asks again after a wrong one, gives up after the last try. */
    private static FilePasswordProvider asking(Path source, PassphrasePrompt prompt) {
        return new FilePasswordProvider() {
            @Override
            public String getPassword(SessionContext session, NamedResource resource, int retry) throws IOException {
                Optional<Secret> typed = prompt.ask(source, retry);
                if (typed.isEmpty() || typed.get().isBlank()) {
                    throw new EncryptedKeyException(retry);
                }
                return typed.get().reveal();
            }

            @Override
            public ResourceDecodeResult handleDecodeAttemptResult(SessionContext session, NamedResource resource, int retry,
                                                                  String password, Exception err) throws IOException {
                if (err == null) {
                    return ResourceDecodeResult.TERMINATE; // decrypted: MINA ignores the answer then
                }
                if (retry + 1 >= PASSPHRASE_TRIES) {
                    throw new EncryptedKeyException(retry + 1); // MINA's own exception could say more than we want to
                }
                return ResourceDecodeResult.RETRY;
            }
        };
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
