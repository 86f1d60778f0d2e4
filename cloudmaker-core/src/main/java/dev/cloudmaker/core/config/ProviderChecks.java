package dev.cloudmaker.core.config;

import dev.cloudmaker.core.ConfigException;
import dev.cloudmaker.core.model.Definition;
import dev.cloudmaker.core.model.DefinitionFormat;
import dev.cloudmaker.core.model.ProviderConfig;
import dev.cloudmaker.core.model.ServerSpec;
import dev.cloudmaker.core.spi.ProviderFactory;
import dev.cloudmaker.core.spi.SettingSpec;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Checks a loaded definition against the provider types installed: every type exists, every setting is
 * one its type takes, and DNS has a provider that offers it. Chooses the DNS provider when the file
 * names none: the only provider, when its type has DNS. Reads no network.
 */
public final class ProviderChecks {
    private final Definition definition;
    private final Collection<ProviderFactory> installed;
    private final List<Diagnostic> problems = new ArrayList<>();

    private ProviderChecks(Definition definition, Collection<ProviderFactory> installed) {
        this.definition = definition;
        this.installed = installed;
    }

    /** The definition with its DNS provider chosen; every problem at once in a {@link ConfigException}. */
    public static Definition resolve(Definition definition, Collection<ProviderFactory> installed) {
        return new ProviderChecks(definition, installed).resolve();
    }

    /** The pointer of a provider's entry: {@code /providers/NAME}, or where a one-provider file names it. */
    public static String pointer(Definition definition, String provider) {
        if (definition.format() == DefinitionFormat.SEED) {
            return "";
        }
        return definition.sourceMap().has("/providers") ? "/providers/" + SourceMap.escape(provider) : "/provider";
    }

    private Definition resolve() {
        definition.providers().values().forEach(this::checkProvider);
        definition.servers().forEach(this::checkServerOptions);
        String dns = dnsProvider();
        if (dns == null && definition.wantsDns()) {
            ServerSpec first = definition.servers().stream().filter(s -> !s.names().isEmpty()).findFirst().orElseThrow();
            List<String> withDns = definition.providers().values().stream()
                    .filter(p -> factory(p).map(ProviderFactory::offersDns).orElse(false)).map(ProviderConfig::name).toList();
            String alternative = Optional.ofNullable(definition.providers().get(first.provider())).flatMap(this::factory)
                    .flatMap(ProviderFactory::dnsAlternative)
                    .map(a -> "; " + a).orElse("");
            problem(definition.pointer(first.name(), "names"), "server \"" + first.name()
                    + "\" has DNS names, but no provider of this definition holds DNS records" + alternative,
                    withDns.isEmpty() ? "declare a provider whose type has DNS (" + dnsTypes() + ") and name it in \"dns\""
                            : "add \"dns\": \"" + withDns.getFirst() + "\" at the top of " + definition.file().getFileName());
        }
        if (!problems.isEmpty()) {
            throw new ConfigException(problems);
        }
        return definition.withDns(dns);
    }

    private void checkProvider(ProviderConfig p) {
        Optional<ProviderFactory> factory = factory(p);
        String at = pointer(definition, p.name());
        if (factory.isEmpty()) {
            Set<String> types = installed.stream().map(ProviderFactory::name).collect(Collectors.toCollection(java.util.TreeSet::new));
            String typeAt = at.startsWith("/providers/") ? at + "/type" : at;
            problem(typeAt, "there is no provider type \"" + HostNames.abbreviate(p.type()) + "\"",
                    DidYouMean.suggest(p.type(), types).map(s -> "did you mean \"" + s + "\"?")
                            .orElse("use one of the installed types: " + String.join(", ", types)));
            return;
        }
        Set<String> known = factory.get().settings().stream().map(SettingSpec::name).collect(Collectors.toSet());
        String settingsAt = at.startsWith("/providers/") ? at : "/" + SourceMap.escape(p.type());
        for (String key : p.settings().keySet()) {
            if (!known.contains(key)) {
                problem(settingsAt + "/" + SourceMap.escape(key), "provider type " + p.type() + " has no setting \""
                        + HostNames.abbreviate(key) + "\"", DidYouMean.suggest(key, known).map(s -> "did you mean \"" + s + "\"?")
                        .orElse(known.isEmpty() ? "remove it; " + p.type() + " takes no settings"
                                : "remove it; " + p.type() + " takes " + String.join(", ", new java.util.TreeSet<>(known))));
            }
        }
    }

    /** Every option of a server is one its provider's type takes. */
    private void checkServerOptions(ServerSpec server) {
        ProviderConfig p = definition.providers().get(server.provider());
        Optional<ProviderFactory> factory = p == null ? Optional.empty() : factory(p);
        if (server.options().isEmpty() || factory.isEmpty()) {
            return;
        }
        Set<String> known = factory.get().serverOptions().stream().map(SettingSpec::name).collect(Collectors.toCollection(java.util.TreeSet::new));
        for (String key : server.options().keySet()) {
            if (!known.contains(key)) {
                problem(definition.pointer(server.name(), "options") + "/" + SourceMap.escape(key), "provider type " + p.type()
                        + " has no server option \"" + HostNames.abbreviate(key) + "\"",
                        DidYouMean.suggest(key, known).map(s -> "did you mean \"" + s + "\"?")
                                .orElse(known.isEmpty() ? "remove it; " + p.type() + " servers take no options"
                                        : "remove it; " + p.type() + " servers take " + String.join(", ", known)));
            }
        }
    }

    /** The declared DNS provider (checked), else the only provider when its type offers DNS, else null. */
    private String dnsProvider() {
        if (definition.dns() != null) {
            ProviderConfig p = definition.provider(definition.dns());
            factory(p).filter(f -> !f.offersDns()).ifPresent(f -> problem("/dns", "provider \"" + p.name()
                    + "\" (type " + p.type() + ") has no DNS records to hold the servers' names",
                    "name a provider whose type has DNS (" + dnsTypes() + ") in \"dns\", or remove \"dns\" and the servers' \"names\""));
            return definition.dns();
        }
        if (definition.providers().size() != 1) {
            return null;
        }
        ProviderConfig only = definition.providers().values().iterator().next();
        return factory(only).filter(ProviderFactory::offersDns).map(f -> only.name()).orElse(null);
    }

    private String dnsTypes() {
        return String.join(", ", installed.stream().filter(ProviderFactory::offersDns).map(ProviderFactory::name).toList());
    }

    private Optional<ProviderFactory> factory(ProviderConfig p) {
        return installed.stream().filter(f -> f.name().equals(p.type())).findFirst();
    }

    private void problem(String pointer, String message, String fix) {
        problems.add(Diagnostic.of(definition.file(), definition.sourceMap().locate(pointer), pointer, message, fix));
    }
}
