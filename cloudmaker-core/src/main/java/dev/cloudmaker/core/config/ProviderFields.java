package dev.cloudmaker.core.config;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cloudmaker.core.Secret;
import dev.cloudmaker.core.model.ProviderConfig;
import dev.cloudmaker.core.spi.CredentialField;
import dev.cloudmaker.core.spi.ProviderCredentials;
import dev.cloudmaker.core.spi.ProviderFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The credential fields of a definition's providers, as their types declare them, and where each value
 * is read: the provider's section of security.json ({@code "providers": {"nyc": {"token": ...}}}), else
 * a top-level key the type declares (the seed's {@code digital_ocean_api_key}), else the environment
 * variables the type names. The last two apply only when the definition has exactly one provider of
 * that type, since they cannot say which provider they are for.
 */
final class ProviderFields {
    /** A declared provider that needs an account. */
    private record Account(ProviderConfig config, ProviderFactory factory, boolean onlyOfType) {
        String name() {
            return config.name();
        }
    }

    private final List<Account> accounts = new ArrayList<>();
    private final Map<String, ProviderConfig> providers;
    private final Collection<ProviderFactory> installed;
    private final Map<String, String> env;

    ProviderFields(Map<String, ProviderConfig> providers, Collection<ProviderFactory> installed, Map<String, String> env) {
        this.providers = providers;
        this.installed = installed;
        this.env = env;
        for (ProviderConfig p : providers.values()) {
            factory(p.type()).filter(ProviderFactory::needsAccount).ifPresent(f -> accounts.add(new Account(p, f,
                    providers.values().stream().filter(o -> o.type().equals(p.type())).count() == 1)));
        }
    }

    boolean needsAccount() {
        return !accounts.isEmpty();
    }

    Map<String, String> env() {
        return env;
    }

    /** The top-level keys any installed type declares: a seed security.json stays valid beside a local definition. */
    Set<String> topLevelKeys() {
        Set<String> out = new LinkedHashSet<>();
        installed.forEach(f -> f.credentials().stream().map(CredentialField::topLevelKey).filter(k -> k != null).forEach(out::add));
        return out;
    }

    /** What to write in a new security.json for this definition, with placeholders. */
    String example(String publicKeyKey) {
        List<String> members = new ArrayList<>();
        List<String> sections = new ArrayList<>();
        for (Account a : accounts) {
            List<String> fields = new ArrayList<>();
            for (CredentialField f : a.factory().credentials()) {
                if (!f.required()) {
                    continue;
                }
                if (a.onlyOfType() && f.topLevelKey() != null) {
                    members.add("\"" + f.topLevelKey() + "\": \"<your " + f.description() + ">\"");
                } else {
                    fields.add("\"" + f.name() + "\": \"<" + f.description() + ">\"");
                }
            }
            if (!fields.isEmpty()) {
                sections.add("\"" + a.name() + "\": {" + String.join(", ", fields) + "}");
            }
        }
        if (!sections.isEmpty()) {
            members.add("\"" + CredentialsLoader.PROVIDERS_KEY + "\": {" + String.join(", ", sections) + "}");
        }
        members.add("\"" + publicKeyKey + "\": \"ssh-ed25519 AAAA... you@host\"");
        return "{" + String.join(", ", members) + "}";
    }

    /** " (the token may come from DIGITALOCEAN_TOKEN instead)" for the first field an environment variable can give. */
    String environmentHint() {
        for (Account a : accounts) {
            for (CredentialField f : a.factory().credentials()) {
                if (a.onlyOfType() && !f.env().isEmpty()) {
                    return " (the " + f.name() + " may come from " + f.env().getFirst() + " instead)";
                }
            }
        }
        return "";
    }

    Map<String, ProviderCredentials> fromEnvironment(Path file, List<Diagnostic> problems) {
        Map<String, ProviderCredentials> out = new LinkedHashMap<>();
        for (Account a : accounts) {
            Map<String, Secret> values = new LinkedHashMap<>();
            for (CredentialField f : a.factory().credentials()) {
                Optional<Secret> value = fromEnvironment(a, f);
                value.ifPresent(v -> values.put(f.name(), v));
                if (value.isEmpty() && f.required()) {
                    problems.add(missing(file, a, f));
                }
            }
            out.put(a.name(), new ProviderCredentials(values));
        }
        return out;
    }

    Map<String, ProviderCredentials> fromFile(JsonDocument doc, List<Diagnostic> problems) {
        JsonNode sections = doc.root().path(CredentialsLoader.PROVIDERS_KEY);
        if (!sections.isMissingNode()) {
            checkSections(doc, sections, problems);
        }
        Map<String, ProviderCredentials> out = new LinkedHashMap<>();
        for (Account a : accounts) {
            Map<String, Secret> values = new LinkedHashMap<>();
            JsonNode section = sections.path(a.name());
            for (CredentialField f : a.factory().credentials()) {
                String pointer = "/" + CredentialsLoader.PROVIDERS_KEY + "/" + SourceMap.escape(a.name()) + "/" + SourceMap.escape(f.name());
                JsonNode node = section.get(f.name());
                if (node == null && f.topLevelKey() != null && doc.root().has(f.topLevelKey())) {
                    if (!a.onlyOfType()) {
                        problems.add(CredentialsLoader.at(doc, "/" + f.topLevelKey(), "\"" + f.topLevelKey()
                                + "\" cannot say which of the " + ofType(a.config().type()).size() + " " + a.config().type()
                                + " providers (" + String.join(", ", ofType(a.config().type())) + ") it is for",
                                "move it into each provider's section, like \"" + CredentialsLoader.PROVIDERS_KEY + "\": {\""
                                        + a.name() + "\": {\"" + f.name() + "\": \"...\"}}"));
                        continue;
                    }
                    node = doc.root().get(f.topLevelKey());
                    pointer = "/" + f.topLevelKey();
                }
                if (node == null) {
                    Optional<Secret> value = fromEnvironment(a, f);
                    value.ifPresent(v -> values.put(f.name(), v));
                    if (value.isEmpty() && f.required()) {
                        problems.add(missing(doc.file(), a, f));
                    }
                    continue;
                }
                value(doc, pointer, node, a, f, problems).ifPresent(v -> values.put(f.name(), v));
            }
            out.put(a.name(), new ProviderCredentials(values));
        }
        return out;
    }

    private void checkSections(JsonDocument doc, JsonNode sections, List<Diagnostic> problems) {
        String base = "/" + CredentialsLoader.PROVIDERS_KEY;
        if (!sections.isObject()) {
            problems.add(CredentialsLoader.at(doc, base, "\"providers\" must be an object, found " + CredentialsLoader.typeOf(sections),
                    "write one section per provider of cloud.json, like \"providers\": {\"nyc\": {\"token\": \"...\"}}"));
            return;
        }
        sections.properties().forEach(e -> {
            String name = e.getKey();
            String pointer = base + "/" + SourceMap.escape(name);
            ProviderConfig declared = providers.get(name);
            if (declared == null) {
                // a section for a provider of another definition is fine; a near miss of one of ours is a typo
                DidYouMean.suggest(name, providers.keySet()).ifPresent(s -> problems.add(doc.diagnostic(pointer,
                        "cloud.json declares no provider \"" + HostNames.abbreviate(name) + "\"", "did you mean \"" + s + "\"?")));
                return;
            }
            if (!e.getValue().isObject()) {
                problems.add(CredentialsLoader.at(doc, pointer, "a provider's section must be an object, found "
                        + CredentialsLoader.typeOf(e.getValue()), "write \"" + name + "\": {\"<field>\": \"...\"}"));
                return;
            }
            Set<String> known = factory(declared.type()).map(f -> CredentialsLoader.byName(f.credentials()).keySet()).orElse(Set.of());
            e.getValue().fieldNames().forEachRemaining(key -> CredentialsLoader.unknownKey(doc, pointer, key, known, problems));
        });
    }

    private Optional<Secret> value(JsonDocument doc, String pointer, JsonNode node, Account a, CredentialField f,
                                   List<Diagnostic> problems) {
        String what = "the " + f.name();
        if (!node.isTextual()) {
            problems.add(CredentialsLoader.at(doc, pointer, what + " must be a string, found " + CredentialsLoader.typeOf(node),
                    "write it in double quotes, like \"" + f.name() + "\": \"...\""));
            return Optional.empty();
        }
        String value = node.asText().strip();
        if (value.isEmpty()) {
            problems.add(CredentialsLoader.at(doc, pointer, what + " is empty", "put your " + f.description() + " here"
                    + (a.onlyOfType() && !f.env().isEmpty() ? ", or remove this key and set " + f.env().getFirst() : "")));
            return Optional.empty();
        }
        if (f.secret() && value.chars().anyMatch(c -> Character.isWhitespace(c) || Character.isISOControl(c))) {
            problems.add(CredentialsLoader.at(doc, pointer, what + " (" + value.length() + " characters) contains spaces or line breaks",
                    "paste it again, as one word"));
            return Optional.empty();
        }
        return Optional.of(Secret.of(value));
    }

    private Optional<Secret> fromEnvironment(Account a, CredentialField f) {
        if (!a.onlyOfType()) {
            return Optional.empty();
        }
        return f.env().stream().map(env::get).filter(v -> v != null && !v.isBlank()).findFirst().map(v -> Secret.of(v.strip()));
    }

    private Diagnostic missing(Path file, Account a, CredentialField f) {
        String fix;
        if (a.onlyOfType() && f.topLevelKey() != null) {
            fix = "add \"" + f.topLevelKey() + "\": \"<" + f.name() + ">\" to " + file.getFileName();
        } else {
            fix = "add \"" + CredentialsLoader.PROVIDERS_KEY + "\": {\"" + a.name() + "\": {\"" + f.name() + "\": \"...\"}} to " + file.getFileName();
        }
        if (!f.env().isEmpty()) {
            fix += a.onlyOfType() ? ", or set " + String.join(" or ", f.env())
                    : " (" + String.join(" and ", f.env()) + " apply only when one " + a.config().type() + " provider is declared)";
        }
        return Diagnostic.ofFile(file, "no " + f.description() + " found for provider \"" + a.name() + "\" (" + f.name() + ")", fix);
    }

    private List<String> ofType(String type) {
        return providers.values().stream().filter(p -> p.type().equals(type)).map(ProviderConfig::name).toList();
    }

    private Optional<ProviderFactory> factory(String type) {
        return installed.stream().filter(f -> f.name().equals(type)).findFirst();
    }
}
