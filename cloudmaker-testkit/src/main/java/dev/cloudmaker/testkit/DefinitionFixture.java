package dev.cloudmaker.testkit;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes a cloud.json (the seed's format, or the extended one when a namespace or a provider is set) and a
 * security.json with a fresh ssh-ed25519 key into a directory, usually a JUnit {@code @TempDir}. Without a
 * provider it is the seed's one DigitalOcean account, its token under {@code digital_ocean_api_key}.
 */
public final class DefinitionFixture {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final Path dir;
    private final List<FixtureServer> servers = new ArrayList<>();
    private String namespace;
    private String providerType;
    private Map<String, String> providerCredentials = Map.of();
    private Map<String, String> providerSettings = Map.of();
    private String token = "dop_v1_fixture_token";
    private String publicKeyLine = SshKeys.ed25519Line("tester@example.com");

    private DefinitionFixture(Path dir) {
        this.dir = dir;
    }

    public static DefinitionFixture in(Path dir) {
        return new DefinitionFixture(dir);
    }

    /** The seed scenario: server1 (server1.acme.com, acme.com) and server2 (server2.acme.com). */
    public static DefinitionFixture seedScenario(Path dir) {
        return in(dir).server(FixtureServer.of("server1", "server1.acme.com", "acme.com"))
                .server(FixtureServer.of("server2", "server2.acme.com"));
    }

    public DefinitionFixture server(FixtureServer server) {
        servers.add(server);
        return this;
    }

    /** Switches to the extended format, which is the only one that can name a namespace. */
    public DefinitionFixture namespace(String namespace) {
        this.namespace = namespace;
        return this;
    }

    /**
     * Switches to the extended format with one provider of that type ({@code "provider": type}), and
     * security.json to its section with these credential fields.
     */
    public DefinitionFixture provider(String type, Map<String, String> credentials) {
        this.providerType = type;
        this.providerCredentials = Map.copyOf(credentials);
        return this;
    }

    /**
     * Settings of the one provider {@link #provider} set, such as Triton's {@code account}: cloud.json then declares
     * it under {@code "providers"}, named like its type.
     */
    public DefinitionFixture providerSettings(Map<String, String> settings) {
        this.providerSettings = Map.copyOf(settings);
        return this;
    }

    public DefinitionFixture token(String token) {
        this.token = token;
        return this;
    }

    /** Writes both files; returns this for the accessors. */
    public DefinitionFixture write() {
        try {
            Files.createDirectories(dir);
            Files.writeString(cloudJson(), JSON.writeValueAsString(cloudTree()));
            Map<String, Object> security = new LinkedHashMap<>();
            if (providerType == null) {
                security.put("digital_ocean_api_key", token);
            } else {
                security.put("providers", Map.of(providerType, new TreeMap<>(providerCredentials)));
            }
            security.put("public_ssh_key", publicKeyLine);
            Files.writeString(securityJson(), JSON.writeValueAsString(security));
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Path dir() {
        return dir;
    }

    public Path cloudJson() {
        return dir.resolve("cloud.json");
    }

    public Path securityJson() {
        return dir.resolve("security.json");
    }

    public Path inventoryJson() {
        return dir.resolve("cloudmaker_inventory.json");
    }

    public String token() {
        return token;
    }

    public String publicKeyLine() {
        return publicKeyLine;
    }

    /** The namespace the definition names, or {@code default} when it names none. */
    public String namespace() {
        return namespace == null ? "default" : namespace;
    }

    public List<FixtureServer> servers() {
        return List.copyOf(servers);
    }

    /** Every declared DNS name → the server that declares it. */
    public Map<String, String> dnsNames() {
        Map<String, String> out = new LinkedHashMap<>();
        servers.forEach(s -> s.names().forEach(n -> out.put(n, s.name())));
        return out;
    }

    /** Every server → its DNS names, in declaration order. */
    public Map<String, List<String>> dnsNamesByServer() {
        Map<String, List<String>> out = new LinkedHashMap<>();
        servers.forEach(s -> out.put(s.name(), s.names()));
        return out;
    }

    private Object cloudTree() {
        Map<String, Object> byName = new LinkedHashMap<>();
        for (FixtureServer s : servers) {
            Map<String, Object> server = new LinkedHashMap<>();
            server.put("region", s.region());
            server.put("size", s.size());
            server.put("image", s.image());
            server.put("backups", false);
            server.put("names", s.names());
            byName.put(s.name(), server);
        }
        if (namespace == null && providerType == null) {
            return byName;
        }
        Map<String, Object> extended = new LinkedHashMap<>();
        if (providerType != null && providerSettings.isEmpty()) {
            extended.put("provider", providerType);
        } else if (providerType != null) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("type", providerType);
            entry.putAll(new TreeMap<>(providerSettings));
            extended.put("providers", Map.of(providerType, entry));
        }
        if (namespace != null) {
            extended.put("namespace", namespace);
        }
        extended.put("servers", byName);
        return extended;
    }
}
