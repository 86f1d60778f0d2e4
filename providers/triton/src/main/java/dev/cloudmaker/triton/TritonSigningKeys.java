package dev.cloudmaker.triton;

import dev.cloudmaker.core.ConfigException;
import dev.cloudmaker.core.config.Diagnostic;
import dev.cloudmaker.core.model.SshPublicKey;
import dev.cloudmaker.core.spi.SigningKey;
import dev.cloudmaker.ssh.KeyFingerprint;
import dev.cloudmaker.ssh.Identity;
import dev.cloudmaker.ssh.IdentityFiles;
import dev.cloudmaker.ssh.LoginKeys;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The key that signs CloudAPI requests, found the way node-triton finds it: {@code private_key_file} when
 * security.json gives one, else the ssh-agent's key ({@code SSH_AUTH_SOCK}) whose fingerprint {@code key_id} gives,
 * else the private key {@code X} in {@code ~/.ssh} whose {@code X.pub} has that fingerprint. On the wire the key is always named
 * {@code /<account>/keys/<MD5 fingerprint>}. The private key stays in the signer; messages name files and
 * fingerprints only.
 */
final class TritonSigningKeys {
    private TritonSigningKeys() {
    }

    /** @param agentSocket the ssh-agent's socket, or null when none is set */
    static SigningKey locate(String account, String keyIdSetting, Optional<Path> privateKeyFile, Path sshDir,
                             Path agentSocket) {
        if (privateKeyFile.isPresent()) {
            Identity identity = load(privateKeyFile.get(), keyIdSetting);
            SshPublicKey pub = identity.publicKey();
            if (KeyFingerprints.isFingerprint(keyIdSetting) && !KeyFingerprints.names(keyIdSetting, pub)) {
                throw problem(privateKeyFile.get(), "this private key is MD5 " + pub.md5Fingerprint() + " ("
                        + KeyFingerprint.sha256(pub) + "), but key_id is " + keyIdSetting,
                        "set key_id to this key's fingerprint, or private_key_file to the key key_id names");
            }
            return identity.signer(wireKeyId(account, pub));
        }
        Optional<SigningKey> agent = fromAgent(account, keyIdSetting, agentSocket);
        if (agent.isPresent()) {
            return agent.get();
        }
        if (!KeyFingerprints.isFingerprint(keyIdSetting)) {
            throw problem(sshDir, "key_id \"" + keyIdSetting + "\" is a key name, which cannot be matched to a file here",
                    "give its fingerprint as key_id (triton key list shows it; the ssh-agent's keys are found by it too), "
                            + "or set private_key_file in security.json");
        }
        Path file = inSshDir(keyIdSetting, sshDir).orElseThrow(() -> problem(sshDir,
                "no X.pub here has the fingerprint key_id gives (" + keyIdSetting + ")",
                "set private_key_file in security.json to the key's private file, or key_id to the fingerprint of a key in "
                        + sshDir + " (ssh-keygen -l -E md5 -f KEY.pub)"));
        Identity identity = load(file, keyIdSetting);
        return identity.signer(wireKeyId(account, identity.publicKey()));
    }

    /**
     * The agent's key whose fingerprint {@code key_id} gives, signing in the agent; a key name matches no agent key
     * (the agent knows keys by their data, CloudAPI by name), and an agent that is absent or cannot be asked holds none.
     */
    static Optional<SigningKey> fromAgent(String account, String keyIdSetting, Path agentSocket) {
        if (!KeyFingerprints.isFingerprint(keyIdSetting)) {
            return Optional.empty();
        }
        return LoginKeys.agentIdentities(agentSocket).stream()
                .filter(identity -> KeyFingerprints.names(keyIdSetting, identity.publicKey()))
                .findFirst()
                .map(identity -> identity.signer(wireKeyId(account, identity.publicKey())));
    }

    static String wireKeyId(String account, SshPublicKey key) {
        return "/" + account + "/keys/" + key.md5Fingerprint();
    }

    /** The private half {@code X} of the first {@code X.pub} in {@code sshDir} that {@code keyId} names. */
    private static Optional<Path> inSshDir(String keyId, Path sshDir) {
        if (!Files.isDirectory(sshDir)) {
            return Optional.empty();
        }
        try (Stream<Path> files = Files.list(sshDir)) {
            List<Path> pubs = files.filter(f -> f.getFileName().toString().endsWith(".pub")).sorted().toList();
            for (Path pub : pubs) {
                Optional<SshPublicKey> key = read(pub);
                Path priv = pub.resolveSibling(pub.getFileName().toString().replaceFirst("\\.pub$", ""));
                if (key.isPresent() && KeyFingerprints.names(keyId, key.get()) && Files.isRegularFile(priv)) {
                    return Optional.of(priv);
                }
            }
        } catch (IOException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    private static Optional<SshPublicKey> read(Path pub) {
        try {
            return Optional.of(SshPublicKey.parse(Files.readString(pub, StandardCharsets.UTF_8)));
        } catch (IOException | IllegalArgumentException notAKey) {
            return Optional.empty();
        }
    }

    private static Identity load(Path file, String keyIdSetting) {
        if (EncryptedKeys.isEncrypted(file)) {
            throw problem(file, "the private key of key_id " + keyIdSetting + " is protected by a passphrase, which "
                    + "cloudmaker cannot read from the file", "add it to your ssh-agent (ssh-add " + file
                    + ") and let cloudmaker sign through the agent, or use a key without a passphrase");
        }
        return IdentityFiles.load(file);
    }

    private static ConfigException problem(Path file, String message, String fix) {
        return new ConfigException(Diagnostic.ofFile(file, message, fix));
    }
}
