package dev.cloudmaker.core.engine;

import dev.cloudmaker.core.CloudmakerException;
import dev.cloudmaker.core.model.Credentials;
import dev.cloudmaker.core.model.ProviderConfig;
import dev.cloudmaker.core.spi.DnsProvider;
import dev.cloudmaker.core.spi.Provider;
import dev.cloudmaker.core.spi.ProviderFactory;
import dev.cloudmaker.core.spi.ProviderSettings;
import dev.cloudmaker.core.spi.SettingSpec;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * The providers of one definition by the names it gives them, each opened on first use (so a command that
 * touches one cloud does not connect to the others) and closed together; plus which of them holds DNS.
 */
public final class Providers implements AutoCloseable {
    private final Map<String, ProviderConfig> configs;
    private final String dnsName;
    private final Function<String, Provider> open;
    private final Map<String, Provider> opened = new LinkedHashMap<>();

    private Providers(Map<String, ProviderConfig> configs, String dnsName, Function<String, Provider> open) {
        this.configs = new LinkedHashMap<>(configs);
        this.dnsName = dnsName;
        this.open = open;
    }

    /**
     * The definition's providers, each set up from its settings completed from the environment (a setting's
     * environment variables apply when the definition has one provider of that type) and its credentials;
     * {@code adjust} may then change a provider's settings (the sandbox points them at its emulators).
     */
    public static Providers open(Setup setup, String dnsName) {
        return new Providers(setup.configs(), dnsName, name -> new NamedProvider(name, setup.factory(name).create(setup.settings(name))));
    }

    /** How each provider is set up; {@link #settings} is also what a caller reads to see where a provider points. */
    public record Setup(Map<String, ProviderConfig> configs, Credentials credentials, Collection<ProviderFactory> installed,
                        Map<String, String> env, Duration requestTimeout, Consumer<String> notices,
                        UnaryOperator<ProviderSettings> adjust) {
        /** How long one API request may take: the CLI's and the library's {@code requestTimeout}. */
        public static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);

        public ProviderFactory factory(String name) {
            ProviderConfig config = configs.get(name);
            return installed.stream().filter(f -> f.name().equals(config.type())).findFirst()
                    .orElseThrow(() -> new CloudmakerException("no provider type \"" + config.type() + "\" is installed"));
        }

        public ProviderSettings settings(String name) {
            ProviderConfig config = configs.get(name);
            boolean onlyOfType = configs.values().stream().filter(c -> c.type().equals(config.type())).count() == 1;
            Map<String, String> settings = new LinkedHashMap<>(config.settings());
            if (onlyOfType) {
                for (SettingSpec spec : factory(name).settings()) {
                    spec.env().stream().map(env::get).filter(v -> v != null && !v.isBlank()).findFirst()
                            .ifPresent(v -> settings.putIfAbsent(spec.name(), v.strip()));
                }
            }
            return adjust.apply(new ProviderSettings(name, settings, credentials.of(name), requestTimeout, env, notices));
        }
    }

    /** Providers made elsewhere (tests, library users who configured them by hand); closing closes them. */
    public static Providers of(Map<String, Provider> providers, String dnsName) {
        Map<String, ProviderConfig> configs = new LinkedHashMap<>();
        providers.forEach((name, p) -> configs.put(name, new ProviderConfig(name, p.name(), Map.of())));
        Providers out = new Providers(configs, dnsName, name -> {
            throw new IllegalStateException("provider " + name + " was given opened");
        });
        providers.forEach((name, p) -> out.opened.put(name, new NamedProvider(name, p)));
        return out;
    }

    /** One provider, by the name the definition gives it. */
    public synchronized Provider get(String name) {
        if (!configs.containsKey(name)) {
            throw new IllegalArgumentException("no provider named " + name + "; the definition declares " + configs.keySet());
        }
        return opened.computeIfAbsent(name, open);
    }

    public Set<String> names() {
        return configs.keySet();
    }

    public ProviderConfig config(String name) {
        return configs.get(name);
    }

    /** The name of the provider whose DNS holds the records; null when the definition has none. */
    public String dnsName() {
        return dnsName;
    }

    /** The DNS of the definition's DNS provider. */
    public DnsProvider dns() {
        if (dnsName == null) {
            throw new CloudmakerException("the definition names no DNS provider, but DNS names were asked for");
        }
        return get(dnsName).dns().orElseThrow(() -> new CloudmakerException(
                "provider " + dnsName + " (" + config(dnsName).type() + ") has no DNS service"));
    }

    /** What a human reads for a provider: its name, and its type when that differs. */
    public String label(String name) {
        ProviderConfig c = configs.get(name);
        return c == null || c.type().equals(name) ? name : name + " (" + c.type() + ")";
    }

    /** The providers this run opened, so far. */
    public synchronized List<Provider> opened() {
        return List.copyOf(opened.values());
    }

    @Override
    public synchronized void close() {
        List<RuntimeException> failures = new ArrayList<>();
        for (Provider p : opened.values()) {
            try {
                p.close();
            } catch (RuntimeException e) {
                failures.add(e);
            }
        }
        opened.clear();
        if (!failures.isEmpty()) {
            throw failures.getFirst();
        }
    }
}
