package dev.cloudmaker.core.config;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cloudmaker.core.ConfigException;
import dev.cloudmaker.core.Secret;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The shared state backend's secrets in security.json: {@code backend_password} (the database password,
 * when neither PGPASSWORD nor ~/.pgpass has it) and {@code state_key} (host private keys are sealed with
 * it before they are stored in the backend). Wrapped in {@link Secret} at once; a wrong value is described
 * by its type only.
 */
public record BackendSecrets(Optional<Secret> password, Optional<Secret> stateKey) {

    public static BackendSecrets none() {
        return new BackendSecrets(Optional.empty(), Optional.empty());
    }

    public static BackendSecrets read(Path securityJson) {
        if (!Files.exists(securityJson)) {
            return none();
        }
        JsonDocument doc = JsonSourceReader.read(securityJson);
        return new BackendSecrets(secret(doc, CredentialsLoader.BACKEND_PASSWORD_KEY), secret(doc, CredentialsLoader.STATE_KEY_KEY));
    }

    private static Optional<Secret> secret(JsonDocument doc, String key) {
        JsonNode node = doc.root().get(key);
        if (node == null) {
            return Optional.empty();
        }
        if (!node.isTextual() || node.asText().isBlank()) {
            throw new ConfigException(Diagnostic.of(doc.file(), doc.values().locate("/" + key), "/" + key,
                    "\"" + key + "\" must be a non-empty string", "write it as \"" + key + "\": \"...\""));
        }
        return Optional.of(Secret.of(node.asText()));
    }
}
