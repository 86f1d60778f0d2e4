package dev.cloudmaker.core.model;

import java.util.Map;

/**
 * One provider a definition declares: the name the user picked (servers and {@code dns} refer to it),
 * its type ({@code digitalocean}, {@code local}, ...) and its non-secret settings, as text.
 */
public record ProviderConfig(String name, String type, Map<String, String> settings) {
    public ProviderConfig {
        settings = Map.copyOf(settings);
    }
}
