package dev.cloudmaker.core.model;

import dev.cloudmaker.core.Secret;
import java.nio.file.Path;

/** What {@code security.json} (or the environment) gives: the API token and the public SSH key to install. */
public record Credentials(Path file, Secret apiToken, SshPublicKey publicKey) {
}
