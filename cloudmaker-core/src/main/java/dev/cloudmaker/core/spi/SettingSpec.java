package dev.cloudmaker.core.spi;

import java.util.List;

/**
 * A non-secret setting a provider type takes in cloud.json's {@code providers} entry, e.g. {@code api_url}.
 * {@code env} are the environment variables the cloud's own tools read for it, tried in order when the
 * definition declares exactly one provider of the type and does not set it.
 */
public record SettingSpec(String name, String description, List<String> env) {
    public SettingSpec {
        env = List.copyOf(env);
    }
}
