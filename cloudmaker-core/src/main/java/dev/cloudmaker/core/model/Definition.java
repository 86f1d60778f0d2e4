package dev.cloudmaker.core.model;

import dev.cloudmaker.core.model.role.BootstrapSettings;
import dev.cloudmaker.core.model.role.RoleSpec;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import dev.cloudmaker.core.config.SourceMap;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * A validated cloud definition: the servers in file order, the provider and namespace they live in,
 * the roles servers play, how they are bootstrapped, and the provider's own options (the
 * {@code "local"} object for local machines).
 * {@code sourceMap} turns a JSON pointer back into a line and column for later diagnostics.
 */
public record Definition(
        Path file,
        DefinitionFormat format,
        String provider,
        String namespace,
        List<ServerSpec> servers,
        Map<String, RoleSpec> roles,
        BootstrapSettings bootstrap,
        Map<String, String> providerOptions,
        SourceMap sourceMap) {

    public static final String DEFAULT_PROVIDER = "digitalocean";
    public static final String DEFAULT_NAMESPACE = "default";

    public Definition {
        servers = List.copyOf(servers);
        roles = Collections.unmodifiableMap(new LinkedHashMap<>(roles));
        providerOptions = Map.copyOf(providerOptions);
    }

    /** The same definition in another namespace (from --namespace or CLOUDMAKER_NAMESPACE). */
    public Definition withNamespace(String other) {
        return new Definition(file, format, provider, other, servers, roles, bootstrap, providerOptions, sourceMap);
    }

    public Optional<ServerSpec> server(String name) {
        return servers.stream().filter(s -> s.name().equals(name)).findFirst();
    }

    /** JSON pointer of a server's member in this file's format, e.g. {@code /servers/web/size} or {@code /web/size}. */
    public String pointer(String server, String member) {
        String base = format == DefinitionFormat.EXTENDED ? "/servers/" : "/";
        return base + SourceMap.escape(server) + (member == null ? "" : "/" + member);
    }
}
