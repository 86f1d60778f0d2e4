package dev.cloudmaker.ssh;

import dev.cloudmaker.core.ConfigException;
import dev.cloudmaker.core.config.Diagnostic;
import dev.cloudmaker.core.http.JcaSigningKey;
import dev.cloudmaker.core.model.SshPublicKey;
import dev.cloudmaker.core.spi.SigningKey;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.PublicKey;
import java.util.Optional;

/**
 * The key cloudmaker logs in with: a private key read from a file (made by {@link IdentityFiles}), or a
 * key the ssh-agent holds and signs with (found by {@link LoginKeys}), whose private half cloudmaker never
 * sees. A private half never leaves this package and never appears in toString.
 */
public final class Identity {
    private final Path file;
    private final KeyPair pair;
    private final Path agentSocket;

    Identity(Path file, KeyPair pair) {
        this(file, pair, null);
    }

    private Identity(Path file, KeyPair pair, Path agentSocket) {
        this.file = file;
        this.pair = pair;
        this.agentSocket = agentSocket;
    }

    /** The key {@code publicKey} as the ssh-agent listening on {@code socket} holds it. */
    static Identity inAgent(Path socket, PublicKey publicKey) {
        return new Identity(null, new KeyPair(publicKey, null), socket);
    }

    /** The private key file; empty when the ssh-agent holds the key. */
    public Optional<Path> file() {
        return Optional.ofNullable(file);
    }

    /** Whether the ssh-agent signs for this key. */
    public boolean inAgent() {
        return agentSocket != null;
    }

    /** Where the key is, for messages: its file, or the agent. */
    public String source() {
        return file != null ? file.toString() : "held by the ssh-agent at " + agentSocket;
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
        throw new ConfigException(Diagnostic.ofFile(file != null ? file : agentSocket,
                "this private key belongs to the public key " + fingerprint() + " (MD5 " + publicKey().md5Fingerprint()
                        + "), but security.json's public_ssh_key is " + KeyFingerprint.sha256(expected)
                        + " (MD5 " + expected.md5Fingerprint() + ")",
                "use the private key that belongs to public_ssh_key, or set public_ssh_key to this key's public half ("
                        + file + ".pub)"));
    }

    /**
     * Signs with this key as {@code keyId} (http-signature request signing); the private half goes
     * into the signer only, which never shows it. A key the ssh-agent holds signs there, asked per signature.
     */
    public SigningKey signer(String keyId) {
        if (agentSocket != null) {
            return new AgentSigningKey(keyId, agentSocket, pair.getPublic());
        }
        return new JcaSigningKey(keyId, pair.getPrivate());
    }

    /** The key pair to sign with in-process; null when the agent signs. */
    KeyPair keyPair() {
        return agentSocket == null ? pair : null;
    }

    Path agentSocket() {
        return agentSocket;
    }

    PublicKey publicKeyObject() {
        return pair.getPublic();
    }

    @Override
    public String toString() {
        return "Identity[" + (file != null ? file : "agent") + " " + publicKey().type() + " " + fingerprint() + "]";
    }
}
