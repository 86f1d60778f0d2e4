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
 * Private key files: load one (OpenSSH or PEM; ed25519, ecdsa or rsa; encrypted ones with a passphrase
 * asked of a person), generate a workspace key, or find which of the usual {@code ~/.ssh} keys belongs
 * to a public key. Every error names the file and says what to do, never quoting a passphrase.
 */
public final class IdentityFiles {
    /** The default key names ssh itself tries, in its order. */
    public static final List<String> DEFAULT_NAMES = List.of("id_ed25519", "id_ecdsa", "id_rsa");

    private IdentityFiles() {
    }

    /** As {@link #load(Path, PassphrasePrompt)} with nobody to ask: an encrypted key is refused. */
    public static Identity load(Path privateKeyFile) {
        return load(privateKeyFile, PassphrasePrompt.NOBODY);
    }

    /**
     * @param prompt asked for the passphrase of an encrypted key
     * @throws NoLoginKeyException when the key is encrypted and nobody could be asked for its passphrase
     * @throws ConfigException when the file is missing, unreadable, a public key or no private key, or the passphrase was wrong
     */
    public static Identity load(Path privateKeyFile, PassphrasePrompt prompt) {
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
            return new Identity(privateKeyFile, KeyCodec.readPrivateKey(text, privateKeyFile, prompt));
        } catch (EncryptedKeyException e) {
            if (e.attempts() == 0) {
                throw new NoLoginKeyException(Diagnostic.ofFile(privateKeyFile,
                        "the private key " + privateKeyFile.getFileName() + " is protected by a passphrase, and there is no terminal to ask for it on",
                        "load it into your ssh-agent (`ssh-add " + privateKeyFile + "`, with SSH_AUTH_SOCK set where cloudmaker runs),"
                                + " or run cloudmaker on a terminal to be asked for the passphrase"));
            }
            throw error(privateKeyFile, "the passphrase was wrong " + e.attempts() + " times",
                    "run again and type the passphrase of this key, or load the key into your ssh-agent with `ssh-add "
                            + privateKeyFile + "`");
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
        return locate(key, sshDir).map(file -> load(file).requireMatches(key));
    }

    /**
     * Which of {@link #DEFAULT_NAMES} in {@code sshDir} belongs to {@code key}, without asking for a
     * passphrase: judged by its {@code .pub} file or, without one, by the unencrypted private key.
     */
    public static Optional<Path> locate(SshPublicKey key, Path sshDir) {
        for (String name : DEFAULT_NAMES) {
            Path file = sshDir.resolve(name);
            if (!Files.isRegularFile(file)) {
                continue;
            }
            Optional<SshPublicKey> pub = readPublic(publicFileOf(file));
            if (pub.isPresent()) {
                if (sameKey(pub.get(), key)) {
                    return Optional.of(file);
                }
                continue;
            }
            try {
                if (load(file).matches(key)) {
                    return Optional.of(file);
                }
            } catch (ConfigException e) {
                // without a .pub an encrypted key cannot be told apart, and it is not the one we look for anyway
            }
        }
        return Optional.empty();
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
