package dev.cloudmaker.core.model;

import dev.cloudmaker.core.spi.ProviderCredentials;
import java.nio.file.Path;
import java.util.Map;

/**
 * What {@code security.json} (or the environment) gives: each declared provider's credentials by
 * provider name (none for providers that need no account, like local machines), the public SSH key to
 * install (null when none is configured: the caller then uses a key pair of the workspace's own), and the
 * private key file to log in with (null: looked for beside the public key in ~/.ssh).
 */
public record Credentials(Path file, Map<String, ProviderCredentials> providers, SshPublicKey publicKey, Path privateKeyFile) {
    public Credentials {
        providers = Map.copyOf(providers);
    }

    /** A provider's credentials; empty when it needs none. */
    public ProviderCredentials of(String provider) {
        return providers.getOrDefault(provider, ProviderCredentials.NONE);
    }

    public Credentials withPublicKey(SshPublicKey key, Path privateKey) {
        return new Credentials(file, providers, key, privateKey);
    }
}
