package dev.cloudmaker.core.model;

import dev.cloudmaker.core.config.SourceMap;
import dev.cloudmaker.core.model.role.BootstrapSettings;
import dev.cloudmaker.core.model.role.RoleSpec;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A validated cloud definition: the providers it declares (by the names the user picked, in file order),
 * the provider whose DNS holds the records ({@code dns}, null for none), the namespace, the servers in
 * file order (each naming its provider), the roles servers play and how they are bootstrapped.
 * {@code backend} is the URL of the shared state backend, null for the definition's own folder.
 * {@code sourceMap} turns a JSON pointer back into a line and column for later diagnostics.
 */
public record Definition(
        Path file,
        DefinitionFormat format,
        Map<String, ProviderConfig> providers,
        String dns,
        String namespace,
        List<ServerSpec> servers,
        Map<String, RoleSpec> roles,
        BootstrapSettings bootstrap,
        SourceMap sourceMap,
        String backend) {

    /** The provider type of the seed format, whose files name no provider: the original tool's cloud. */
    public static final String DEFAULT_PROVIDER = "digitalocean";
    public static final String DEFAULT_NAMESPACE = "default";

    public Definition {
        providers = Collections.unmodifiableMap(new LinkedHashMap<>(providers));
        servers = List.copyOf(servers);
        roles = Collections.unmodifiableMap(new LinkedHashMap<>(roles));
    }

    /** The same definition in another namespace (from --namespace or CLOUDMAKER_NAMESPACE). */
    public Definition withNamespace(String other) {
        return new Definition(file, format, providers, dns, other, servers, roles, bootstrap, sourceMap, backend);
    }

    /** The same definition with another DNS provider (null: none), once the provider types are known. */
    public Definition withDns(String provider) {
        return new Definition(file, format, providers, provider, namespace, servers, roles, bootstrap, sourceMap, backend);
    }

    public Optional<ServerSpec> server(String name) {
        return servers.stream().filter(s -> s.name().equals(name)).findFirst();
    }

    public ProviderConfig provider(String name) {
        ProviderConfig config = providers.get(name);
        if (config == null) {
            throw new IllegalArgumentException("no provider named " + name + " in " + file);
        }
        return config;
    }

    /** The servers declared on one provider, in file order. */
    public List<ServerSpec> serversOn(String provider) {
        return servers.stream().filter(s -> s.provider().equals(provider)).toList();
    }

    /** Whether any server wants DNS names. */
    public boolean wantsDns() {
        return servers.stream().anyMatch(s -> !s.names().isEmpty());
    }

    /** JSON pointer of a server's member in this file's format, e.g. {@code /servers/web/size} or {@code /web/size}. */
    public String pointer(String server, String member) {
        String base = format == DefinitionFormat.EXTENDED ? "/servers/" : "/";
        return base + SourceMap.escape(server) + (member == null ? "" : "/" + member);
    }
}
