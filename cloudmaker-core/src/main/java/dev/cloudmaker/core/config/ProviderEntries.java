package dev.cloudmaker.core.config;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cloudmaker.core.model.Definition;
import dev.cloudmaker.core.model.ProviderConfig;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads which providers a cloud.json declares, and which one each server and {@code dns} name, the same
 * way for the three forms: the seed format (one DigitalOcean provider), a top-level {@code "provider"}
 * (one provider named like its type, with its settings in the object of that type's name, such as
 * {@code "local"}), and {@code "providers"} (names the user picks, each with a type and settings).
 * {@link #check()} reports every reference to an undeclared provider; the types themselves are checked
 * against the installed providers later, by {@link ProviderChecks}.
 */
final class ProviderEntries {
    private final JsonDocument doc;
    private final DefinitionTree tree;

    ProviderEntries(JsonDocument doc, DefinitionTree tree) {
        this.doc = doc;
        this.tree = tree;
    }

    /** Name → provider, in file order. */
    Map<String, ProviderConfig> providers() {
        Map<String, ProviderConfig> out = new LinkedHashMap<>();
        JsonNode declared = tree.top("providers");
        if (declared.isObject()) {
            declared.properties().forEach(e -> out.put(e.getKey(), new ProviderConfig(e.getKey(),
                    e.getValue().path("type").asText(), settings(e.getValue()))));
            return out;
        }
        String type = tree.textOr("provider", Definition.DEFAULT_PROVIDER);
        out.put(type, new ProviderConfig(type, type, settings(tree.top(type))));
        return out;
    }

    /** The server's provider, else the defaults', else the only one; null when that leaves it open. */
    String providerOf(ServerEntry server) {
        JsonNode named = tree.merged(server, "provider");
        if (named.isTextual()) {
            return named.asText();
        }
        Map<String, ProviderConfig> providers = providers();
        return providers.size() == 1 ? providers.keySet().iterator().next() : null;
    }

    /** The provider named by {@code dns}, else null (the default is chosen once the types are known). */
    String dns() {
        JsonNode dns = tree.top("dns");
        return dns.isTextual() ? dns.asText() : null;
    }

    List<Diagnostic> check() {
        List<Diagnostic> out = new ArrayList<>();
        boolean several = tree.top("providers").isObject();
        if (several && tree.top("provider").isTextual()) {
            out.add(doc.diagnostic("/provider", "\"provider\" and \"providers\" are both set",
                    "keep \"providers\" and put \"provider\": \"<name>\" in \"defaults\" or on each server"));
        }
        if (several && tree.top("local").isObject()) {
            out.add(doc.diagnostic("/local", "the \"local\" settings are for a definition with one provider",
                    "move them into the local provider's entry of \"providers\", like \"home\": {\"type\": \"local\", \"subnet\": ...}"));
        }
        Map<String, ProviderConfig> providers = providers();
        for (ServerEntry server : tree.servers()) {
            if (!server.node().isObject()) {
                continue;
            }
            String name = providerOf(server);
            if (name == null) {
                out.add(doc.diagnostic(server.pointer(), "server \"" + HostNames.abbreviate(server.name())
                        + "\" does not say which provider it runs on, and there are " + providers.size(),
                        "add \"provider\": one of " + quoted(providers) + ", to it or to \"defaults\""));
            } else if (!providers.containsKey(name)) {
                String pointer = server.node().has("provider") ? server.pointer() + "/provider" : "/defaults/provider";
                out.add(undeclared(pointer, name, providers));
            }
        }
        String dns = dns();
        if (dns != null && !providers.containsKey(dns)) {
            out.add(undeclared("/dns", dns, providers));
        }
        return out;
    }

    private Diagnostic undeclared(String pointer, String name, Map<String, ProviderConfig> providers) {
        String fix = DidYouMean.suggest(name, providers.keySet()).map(s -> "did you mean \"" + s + "\"?")
                .orElse(tree.top("providers").isObject()
                        ? "name one of " + quoted(providers) + ", or declare \"" + HostNames.abbreviate(name) + "\" in \"providers\""
                        : "declare it in \"providers\", like \"providers\": {\"" + HostNames.abbreviate(name) + "\": {\"type\": \"...\"}}");
        return doc.diagnostic(pointer, "provider \"" + HostNames.abbreviate(name) + "\" is not declared", fix);
    }

    private static String quoted(Map<String, ProviderConfig> providers) {
        return String.join(", ", providers.keySet().stream().map(n -> "\"" + n + "\"").toList());
    }

    private static Map<String, String> settings(JsonNode entry) {
        Map<String, String> out = new LinkedHashMap<>();
        entry.properties().forEach(e -> {
            if (!e.getKey().equals("type")) {
                out.put(e.getKey(), e.getValue().asText());
            }
        });
        return out;
    }
}
