package dev.cloudmaker.ssh;

import dev.cloudmaker.core.ConfigException;
import dev.cloudmaker.core.config.Diagnostic;
import dev.cloudmaker.core.http.JcaSigningKey;
import dev.cloudmaker.core.model.SshPublicKey;
import dev.cloudmaker.core.spi.SigningKey;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.PublicKey;

/**
 * The private key cloudmaker logs in with, and the file it came from (for messages). Made by
 * {@link IdentityFiles}; the private half never leaves this package and never appears in toString.
 */
public final class Identity {
    private final Path file;
    private final KeyPair pair;

    Identity(Path file, KeyPair pair) {
        this.file = file;
        this.pair = pair;
    }

    /** The private key file. */
    public Path file() {
        return file;
    }

    public SshPublicKey publicKey() {
        return SshPublicKey.parse(KeyCodec.publicKeyLine(pair.getPublic()));
    }

    /** {@code SHA256:...}, as {@code ssh-keygen -lf} prints it. */
    public String fingerprint() {
        return KeyCodec.fingerprint(pair.getPublic());
    }

    /** Same key type and key data; comments do not matter. */
    public boolean matches(SshPublicKey key) {
        SshPublicKey mine = publicKey();
        return mine.type().equals(key.type()) && mine.base64().equals(key.base64());
    }

    /**
     * Checks that this is the private half of {@code expected}, the key the servers authorize
     * ({@code public_ssh_key} in security.json).
     *
     * @throws ConfigException naming this file, both fingerprints and the fix
     */
    public Identity requireMatches(SshPublicKey expected) {
        if (matches(expected)) {
            return this;
        }
        throw new ConfigException(Diagnostic.ofFile(file,
                "this private key belongs to the public key " + fingerprint() + " (MD5 " + publicKey().md5Fingerprint()
                        + "), but security.json's public_ssh_key is " + sha256(expected) + " (MD5 " + expected.md5Fingerprint() + ")",
                "use the private key that belongs to public_ssh_key, or set public_ssh_key to this key's public half ("
                        + file + ".pub)"));
    }

    /**
     * Signs with this key as {@code keyId} (http-signature request signing); the private half goes
     * into the signer only, which never shows it.
     */
    public SigningKey signer(String keyId) {
        return new JcaSigningKey(keyId, pair.getPrivate());
    }

    KeyPair keyPair() {
        return pair;
    }

    PublicKey publicKeyObject() {
        return pair.getPublic();
    }

    private static String sha256(SshPublicKey key) {
        try {
            return KeyCodec.fingerprint(KeyCodec.publicKey(key.line()));
        } catch (IllegalArgumentException e) {
            return key.type() + " key";
        }
    }

    @Override
    public String toString() {
        return "Identity[" + file + " " + publicKey().type() + " " + fingerprint() + "]";
    }
}
