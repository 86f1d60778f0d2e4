package dev.cloudmaker.ssh;

import dev.cloudmaker.core.ConfigException;
import dev.cloudmaker.core.config.Diagnostic;
import dev.cloudmaker.core.io.AtomicFiles;
import dev.cloudmaker.core.model.SshPublicKey;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.util.List;
import java.util.Optional;

/**
 * Private key files: load one (OpenSSH or PEM; ed25519, ecdsa or rsa; unencrypted), generate a
 * workspace key, or find which of the usual {@code ~/.ssh} keys belongs to a public key.
 * Every error names the file and says what to do.
 */
public final class IdentityFiles {
    /** The default key names ssh itself tries, in its order. */
    public static final List<String> DEFAULT_NAMES = List.of("id_ed25519", "id_ecdsa", "id_rsa");

    private IdentityFiles() {
    }

    /** {@code ~/.ssh}. */
    public static Path defaultSshDir() {
        return Path.of(System.getProperty("user.home"), ".ssh");
    }

    /** @throws ConfigException when the file is missing, unreadable, a public key, encrypted or no private key */
    public static Identity load(Path privateKeyFile) {
        if (!Files.isRegularFile(privateKeyFile)) {
            throw error(privateKeyFile, "no such private key file", "give the path of your private key (not the .pub file)");
        }
        String text;
        try {
            text = Files.readString(privateKeyFile, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw error(privateKeyFile, "the private key cannot be read (" + e.getClass().getSimpleName() + ")",
                    "check that the file is readable by you");
        }
        if (looksLikePublicKey(text)) {
            throw error(privateKeyFile, "this is a public key", "give the private key file, usually the same name without .pub");
        }
        try {
            return new Identity(privateKeyFile, KeyCodec.readPrivateKey(text, privateKeyFile.toString()));
        } catch (EncryptedKeyException e) {
            throw error(privateKeyFile, "the private key is protected by a passphrase, which cloudmaker does not support yet",
                    "use an unencrypted key, or let cloudmaker create a workspace key");
        } catch (IOException | GeneralSecurityException | RuntimeException e) {
            throw error(privateKeyFile, "not a private key cloudmaker can read",
                    "use an OpenSSH or PEM private key of type ed25519, ecdsa or rsa");
        }
    }

    /**
     * Creates a new ed25519 key: the private key with mode 0600 and {@code <file>.pub} with 0644, each
     * written atomically. Never overwrites: a key someone relies on is not cloudmaker's to replace.
     */
    public static Identity generate(Path privateKeyFile) {
        Path pub = publicFileOf(privateKeyFile);
        for (Path p : List.of(privateKeyFile, pub)) {
            if (Files.exists(p)) {
                throw error(p, "already exists, and cloudmaker does not overwrite keys",
                        "use that key, or move it away to have a new one created");
            }
        }
        KeyPair pair = KeyCodec.generateEd25519();
        // AtomicFiles' temp file is created 0600, so the private key is never readable by others, not even briefly
        AtomicFiles.writeString(privateKeyFile, KeyCodec.privateKeyText(pair, "cloudmaker"));
        setMode(privateKeyFile, "rw-------");
        AtomicFiles.writeString(pub, KeyCodec.publicKeyLine(pair.getPublic()) + " cloudmaker\n");
        setMode(pub, "rw-r--r--");
        return new Identity(privateKeyFile, pair);
    }

    /**
     * The first of {@link #DEFAULT_NAMES} in {@code sshDir} that belongs to {@code key}, judged by its
     * {@code .pub} file or, without one, by the public key derived from the private key.
     *
     * @throws ConfigException when the matching key cannot be used (encrypted, unreadable)
     */
    public static Optional<Identity> find(SshPublicKey key, Path sshDir) {
        for (String name : DEFAULT_NAMES) {
            Path file = sshDir.resolve(name);
            if (!Files.isRegularFile(file)) {
                continue;
            }
            Optional<SshPublicKey> pub = readPublic(publicFileOf(file));
            if (pub.isPresent()) {
                if (sameKey(pub.get(), key)) {
                    return Optional.of(load(file).requireMatches(key));
                }
                continue;
            }
            try {
                Identity identity = load(file);
                if (identity.matches(key)) {
                    return Optional.of(identity);
                }
            } catch (ConfigException e) {
                // without a .pub an encrypted key cannot be told apart, and it is not the one we look for anyway
            }
        }
        return Optional.empty();
    }

    /** As {@link #find}, failing with a message that says which files were tried and what to do. */
    public static Identity findOrFail(SshPublicKey key, Path sshDir) {
        return find(key, sshDir).orElseThrow(() -> error(sshDir,
                "none of " + String.join(", ", DEFAULT_NAMES) + " here belongs to security.json's public_ssh_key (MD5 "
                        + key.md5Fingerprint() + ")",
                "point cloudmaker at the private key of public_ssh_key, or set public_ssh_key to one of these keys' .pub"));
    }

    private static Optional<SshPublicKey> readPublic(Path pubFile) {
        if (!Files.isRegularFile(pubFile)) {
            return Optional.empty();
        }
        try {
            return Optional.of(SshPublicKey.parse(Files.readString(pubFile, StandardCharsets.UTF_8)));
        } catch (IOException | IllegalArgumentException e) {
            return Optional.empty(); // a broken .pub: judge by the private key instead
        }
    }

    private static boolean sameKey(SshPublicKey a, SshPublicKey b) {
        return a.type().equals(b.type()) && a.base64().equals(b.base64());
    }

    private static boolean looksLikePublicKey(String text) {
        String t = text.stripLeading();
        return t.startsWith("ssh-") || t.startsWith("ecdsa-") || t.startsWith("sk-");
    }

    private static Path publicFileOf(Path privateKeyFile) {
        return privateKeyFile.resolveSibling(privateKeyFile.getFileName() + ".pub");
    }

    private static void setMode(Path file, String perms) {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString(perms));
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system: there are no modes to set
        } catch (IOException e) {
            throw error(file, "could not set its permissions to " + perms + " (" + e.getMessage() + ")",
                    "check the folder's ownership");
        }
    }

    private static ConfigException error(Path file, String message, String fix) {
        return new ConfigException(Diagnostic.ofFile(file, message, fix));
    }
}
