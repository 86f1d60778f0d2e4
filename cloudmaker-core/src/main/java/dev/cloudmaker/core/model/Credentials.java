package dev.cloudmaker.core.model;

import dev.cloudmaker.core.Secret;
import java.nio.file.Path;

/**
 * What {@code security.json} (or the environment) gives: the API token (null for providers that need
 * none), the public SSH key to install (null when none is configured: the caller then uses a key pair
 * of the workspace's own), and the private key file to log in with (null: looked for beside the
 * public key in ~/.ssh).
 */
public record Credentials(Path file, Secret apiToken, SshPublicKey publicKey, Path privateKeyFile) {
    public Credentials(Path file, Secret apiToken, SshPublicKey publicKey) {
        this(file, apiToken, publicKey, null);
    }

    public Credentials withPublicKey(SshPublicKey key, Path privateKey) {
        return new Credentials(file, apiToken, key, privateKey);
    }
}
