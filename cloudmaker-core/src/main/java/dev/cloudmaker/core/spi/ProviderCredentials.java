package dev.cloudmaker.core.spi;

import dev.cloudmaker.core.Secret;
import java.util.Map;
import java.util.Optional;

/** One provider's credentials, by the field names its {@link ProviderFactory#credentials()} declares. */
public record ProviderCredentials(Map<String, Secret> fields) {
    public static final ProviderCredentials NONE = new ProviderCredentials(Map.of());

    public ProviderCredentials {
        fields = Map.copyOf(fields);
    }

    public Optional<Secret> get(String field) {
        return Optional.ofNullable(fields.get(field));
    }

    /** The same credentials with {@code field} set (the sandbox's own token, for one). */
    public ProviderCredentials with(String field, Secret value) {
        java.util.Map<String, Secret> out = new java.util.HashMap<>(fields);
        out.put(field, value);
        return new ProviderCredentials(out);
    }

    @Override
    public String toString() {
        return "ProviderCredentials" + fields.keySet();
    }
}
