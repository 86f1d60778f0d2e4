package dev.cloudmaker.core.spi;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;

/**
 * One provider type, found through {@link ServiceLoader}; one per provider module. It declares what
 * the type takes (settings in cloud.json, credential fields in security.json, and the environment
 * variables its cloud's own tools use for them) so that loading, validation and messages stay generic.
 */
public interface ProviderFactory {
    /** The provider {@code type} in cloud.json, e.g. {@code digitalocean}. */
    String name();

    Provider create(ProviderSettings settings);

    /** The settings a {@code providers} entry of this type may carry besides {@code type}. */
    default List<SettingSpec> settings() {
        return List.of();
    }

    /**
     * The options a server on a provider of this type may carry in cloud.json's {@code "options"} (Triton's
     * {@code cns_services}); any other is refused when the definition is checked. They reach the provider in
     * {@link ServerRequest#options()}.
     */
    default List<SettingSpec> serverOptions() {
        return List.of();
    }

    /** The fields of this type's security.json section; empty for machines on this host, which need no account. */
    default List<CredentialField> credentials() {
        return List.of();
    }

    /** Whether the type offers DNS zones and records (so it may be a definition's {@code dns}). */
    default boolean offersDns() {
        return true;
    }

    /**
     * The setting that holds the API's URL ({@code --api-url NAME=URL} sets it; a URL on this host's loopback means
     * an emulator); null for a type with no API.
     */
    default String endpointSetting() {
        return "api_url";
    }

    /**
     * For a type without DNS records: what it offers instead, told when its servers have names and the definition
     * has no DNS provider (e.g. names the cloud derives from tags).
     */
    default Optional<String> dnsAlternative() {
        return Optional.empty();
    }

    /** Whether the type needs an account (credentials); machines on this host do not. */
    default boolean needsAccount() {
        return !credentials().isEmpty();
    }

    /** Every installed provider type, by name. */
    static List<ProviderFactory> installed() {
        return ServiceLoader.load(ProviderFactory.class).stream().map(ServiceLoader.Provider::get)
                .sorted(Comparator.comparing(ProviderFactory::name)).toList();
    }

    static Optional<ProviderFactory> find(String type) {
        return installed().stream().filter(f -> f.name().equals(type)).findFirst();
    }

    static ProviderFactory named(String type) {
        return find(type).orElseThrow(() -> new dev.cloudmaker.core.CloudmakerException("no provider type \"" + type
                + "\" is installed; installed: " + String.join(", ", installed().stream().map(ProviderFactory::name).toList())));
    }
}
