package dev.cloudmaker.core.config;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cloudmaker.core.ConfigException;
import dev.cloudmaker.core.model.Definition;
import dev.cloudmaker.core.model.DefinitionFormat;
import dev.cloudmaker.core.model.ServerSpec;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Loads {@code cloud.json} into a {@link Definition}: parse (one streaming pass), check against
 * {@code cloud.schema.json}, then the naming rules; every problem found is reported at once in a
 * {@link ConfigException}. Reads only the file: no network.
 */
public final class DefinitionLoader {
    private DefinitionLoader() {
    }

    public static Definition load(Path cloudJson) {
        if (!Files.exists(cloudJson)) {
            throw new ConfigException(Diagnostic.ofFile(cloudJson, "the file does not exist",
                    "create it; docs/configuration.md shows the format"));
        }
        JsonDocument doc = JsonSourceReader.read(cloudJson);
        DefinitionTree tree = new DefinitionTree(doc.root());
        List<Diagnostic> problems = misreadExtended(doc, tree);
        if (problems.isEmpty()) {
            CloudSchema schema = CloudSchema.get();
            problems.addAll(new SchemaDiagnostics(doc, schema.tree()).map(schema.validate(doc.root())));
            problems.addAll(new DefinitionChecks(doc, tree).check());
            problems.addAll(new ProviderEntries(doc, tree).check());
        }
        if (!problems.isEmpty()) {
            problems.sort(Comparator.comparingInt(Diagnostic::line).thenComparingInt(Diagnostic::column));
            throw new ConfigException(problems);
        }
        return build(doc, tree);
    }

    /**
     * A file with a {@code servers} object and a mistyped top-level key reads as the seed format, where
     * the schema would report nonsense about a server called "servers"; say what was meant instead.
     * (A seed file may still name a server "servers": that one has a region, size or image.)
     */
    private static List<Diagnostic> misreadExtended(JsonDocument doc, DefinitionTree tree) {
        List<Diagnostic> out = new ArrayList<>();
        JsonNode servers = doc.root().path("servers");
        boolean looksExtended = tree.format() == DefinitionFormat.SEED && !servers.isMissingNode()
                && !servers.has("region") && !servers.has("size") && !servers.has("image");
        if (!looksExtended) {
            return out;
        }
        doc.root().fieldNames().forEachRemaining(key -> {
            if (!DefinitionTree.EXTENDED_KEYS.contains(key)) {
                String fix = DidYouMean.suggest(key, DefinitionTree.EXTENDED_KEYS)
                        .map(s -> "did you mean \"" + s + "\"?")
                        .orElse("a file with \"servers\" may only have " + String.join(", ", DefinitionTree.EXTENDED_KEYS.stream().sorted().toList()) + " at the top");
                out.add(doc.diagnostic("/" + SourceMap.escape(key), "unknown top-level key \"" + HostNames.abbreviate(key) + "\"", fix));
            }
        });
        if (!servers.isObject()) {
            out.add(doc.diagnostic("/servers", "\"servers\" must be an object mapping each server name to its server",
                    "write \"servers\": {\"web1\": {\"region\": \"nyc3\", ...}}"));
        }
        return out;
    }

    private static Definition build(JsonDocument doc, DefinitionTree tree) {
        ProviderEntries providers = new ProviderEntries(doc, tree);
        List<ServerSpec> servers = new ArrayList<>();
        for (ServerEntry s : tree.servers()) {
            JsonNode ipv6 = tree.merged(s, "ipv6");
            JsonNode vpc = tree.merged(s, "vpc_uuid");
            JsonNode userData = tree.merged(s, "user_data");
            servers.add(new ServerSpec(
                    s.name(),
                    providers.providerOf(s),
                    tree.merged(s, "region").asText(),
                    tree.merged(s, "size").asText(),
                    tree.merged(s, "image").asText(),
                    tree.merged(s, "backups").asBoolean(false),
                    strings(tree.merged(s, "names")).stream().map(HostNames::normalize).toList(),
                    ipv6.isBoolean() ? ipv6.asBoolean() : null,
                    tree.merged(s, "monitoring").asBoolean(false),
                    vpc.isTextual() ? vpc.asText() : null,
                    strings(tree.merged(s, "tags")),
                    userData.isTextual() ? userData.asText() : null,
                    tree.merged(s, "role").isTextual() ? tree.merged(s, "role").asText() : null,
                    options(tree.merged(s, "options"))));
        }
        return new Definition(doc.file(), tree.format(), providers.providers(), providers.dns(),
                tree.textOr("namespace", Definition.DEFAULT_NAMESPACE),
                servers, RoleReader.roles(tree.top("roles")), RoleReader.bootstrap(tree.top("bootstrap")), doc.values(),
                tree.top("backend").isTextual() ? tree.top("backend").asText() : null);
    }

    private static Map<String, String> options(JsonNode object) {
        Map<String, String> out = new LinkedHashMap<>();
        object.fields().forEachRemaining(e -> out.put(e.getKey(), e.getValue().asText()));
        return out;
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(item -> out.add(item.asText()));
        return out;
    }
}
