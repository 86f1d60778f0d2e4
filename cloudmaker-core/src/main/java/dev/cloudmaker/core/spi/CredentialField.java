package dev.cloudmaker.core.spi;

import java.util.List;

/**
 * One field a provider type reads from its section of security.json, e.g. DigitalOcean's {@code token}.
 * {@code env} are the environment variables the cloud's own tools read for it, tried in order when the
 * definition declares exactly one provider of the type and security.json does not set it.
 * {@code topLevelKey}, when not null, is a key at the top of security.json that means this field when the
 * definition has exactly one provider of this type (the seed format's {@code digital_ocean_api_key}).
 * Secret fields are never quoted back in messages.
 */
public record CredentialField(String name, String description, boolean secret, boolean required,
                              List<String> env, String topLevelKey) {
    public CredentialField {
        env = List.copyOf(env);
    }
}
