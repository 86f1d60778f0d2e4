package dev.cloudmaker.cli;

import dev.cloudmaker.api.Cloud;
import dev.cloudmaker.api.Namespace;
import dev.cloudmaker.cli.view.Style;
import dev.cloudmaker.core.CloudmakerException;
import dev.cloudmaker.core.ConfigException;
import dev.cloudmaker.core.Secret;
import dev.cloudmaker.core.config.CredentialsLoader;
import dev.cloudmaker.core.config.DefinitionLoader;
import dev.cloudmaker.core.config.Diagnostic;
import dev.cloudmaker.core.engine.ApplyListener;
import dev.cloudmaker.core.engine.EngineSettings;
import dev.cloudmaker.core.engine.Operations;
import dev.cloudmaker.core.model.Credentials;
import dev.cloudmaker.core.model.Definition;
import dev.cloudmaker.core.spi.Provider;
import dev.cloudmaker.core.spi.ProviderFactory;
import dev.cloudmaker.core.spi.ProviderSettings;
import dev.cloudmaker.core.state.FileStateStore;
import dev.cloudmaker.core.state.HostKeyPins;
import dev.cloudmaker.core.state.Lease;
import dev.cloudmaker.core.state.StateStore;
import dev.cloudmaker.core.state.Workspace;
import dev.cloudmaker.emulator.digitalocean.DigitalOceanEmulator;
import dev.cloudmaker.ssh.Identity;
import dev.cloudmaker.ssh.IdentityFiles;
import dev.cloudmaker.ssh.firstboot.CloudInitFirstBoot;
import dev.cloudmaker.ssh.firstboot.HostKeyStore;
import java.nio.file.Path;
import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Files;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * What one command run works with: the definition directory, its files loaded on demand, and the
 * provider (or the sandbox emulator behind it). Closing it closes both.
 */
public final class Session implements AutoCloseable {
    /** The sandbox's servers boot quickly but not instantly, so waiting is exercised as in a real cloud. */
    static final Duration SANDBOX_BOOT_DELAY = Duration.ofSeconds(1);
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);

    private final GlobalOptions options;
    private final Map<String, String> env;
    private final PrintStream out;
    private final PrintStream err;
    private final Workspace workspace;
    private final StateStore state;
    private Definition definition;
    private Credentials credentials;
    private Provider provider;
    private DigitalOceanEmulator sandbox;
    private Identity identity;
    private ProviderFactory factory;

    public Session(GlobalOptions options, Map<String, String> env, PrintStream out, PrintStream err) {
        this.options = options;
        this.env = env;
        this.out = out;
        this.err = err;
        this.workspace = new Workspace(options.dir);
        this.state = new FileStateStore(workspace);
    }

    public GlobalOptions options() {
        return options;
    }

    public PrintStream out() {
        return out;
    }

    public PrintStream err() {
        return err;
    }

    public Workspace workspace() {
        return workspace;
    }

    /** Where the definition's lock, journal, host keys, pins and run history are kept. */
    public StateStore state() {
        return state;
    }

    public Style style() {
        boolean color = !options.noColor && !options.json && env.get("NO_COLOR") == null && Terminal.interactive();
        return new Style(color);
    }

    /**
     * Takes the workspace lock for {@code command} (as typed after {@code cloudmaker}) when it writes
     * (see {@link CommandLocks}); null when it does not, or when the directory does not exist (then
     * loading cloud.json fails, and nothing is created for it).
     */
    public Lease lockFor(String command) {
        if ((!CommandLocks.writes(command) && !options.sandbox) || !Files.isDirectory(workspace.dir())) {
            return null;
        }
        return state.lock("cloudmaker " + command, options.waitLock,
                notice -> err.println(style().warn("warning: ") + notice));
    }

    public Definition definition() {
        if (definition == null) {
            Definition loaded = DefinitionLoader.load(workspace.cloudJson());
            String ns = namespaceFromCommandLine();
            definition = ns == null ? loaded : loaded.withNamespace(ns);
        }
        return definition;
    }

    /** --namespace, else env CLOUDMAKER_NAMESPACE, else the definition's, else {@code default}. */
    public String namespaceName() {
        if (Files.exists(workspace.cloudJson())) {
            return definition().namespace();
        }
        String ns = namespaceFromCommandLine();
        return ns == null ? Definition.DEFAULT_NAMESPACE : ns;
    }

    private String namespaceFromCommandLine() {
        String ns = options.namespace != null ? options.namespace : env.get("CLOUDMAKER_NAMESPACE");
        return ns == null || ns.isBlank() ? null : NamespaceOption.check(ns);
    }

    /** The library's view of this run's namespace, on the session's provider. */
    public Namespace namespace() {
        return Cloud.of(provider()).namespace(namespaceName());
    }

    /** Server name → role as cloud.json declares them; empty without a cloud.json. */
    public Map<String, String> roles() {
        if (!Files.exists(workspace.cloudJson())) {
            return Map.of();
        }
        Map<String, String> roles = new HashMap<>();
        definition().servers().stream().filter(s -> s.role() != null).forEach(s -> roles.put(s.name(), s.role()));
        return roles;
    }

    public Credentials credentials() {
        if (credentials == null) {
            Map<String, String> tokenEnv = new HashMap<>(env);
            if (options.sandbox) {
                // the sandbox accepts any token, so none has to be configured to try it
                tokenEnv.putIfAbsent("DIGITALOCEAN_TOKEN", "sandbox");
            }
            credentials = CredentialsLoader.load(workspace.securityJson(), tokenEnv, factory().needsToken());
            if (credentials.publicKey() == null) {
                identity = workspaceIdentity();
                credentials = credentials.withPublicKey(identity.publicKey(), identity.file());
            }
            for (Diagnostic warning : CredentialsLoader.permissionWarnings(workspace.securityJson())) {
                err.println(style().warn("warning: ") + warning.format());
            }
        }
        return credentials;
    }

    /** The provider the definition names, or DigitalOcean when there is no definition (catalogue commands). */
    public Provider provider() {
        if (provider == null) {
            Map<String, String> options = Files.exists(workspace.cloudJson()) ? definition().providerOptions() : Map.of();
            provider = factory().create(new ProviderSettings(apiUrl(), token(), REQUEST_TIMEOUT, options,
                    notice -> err.println(style().dim("note: " + notice))));
        }
        return provider;
    }

    private ProviderFactory factory() {
        if (factory == null) {
            String name = Files.exists(workspace.cloudJson()) ? definition().provider() : Definition.DEFAULT_PROVIDER;
            ProviderFactory named = ProviderFactory.named(name);
            if (options.sandbox && !named.needsToken()) {
                throw new UsageException("--sandbox emulates DigitalOcean; " + name + " machines are real: run without --sandbox");
            }
            factory = named;
        }
        return factory;
    }

    public Operations operations(EngineSettings settings, ApplyListener listener) {
        EngineSettings withFirstBoot = bootstrapEnabled()
                ? settings.withFirstBoot(new CloudInitFirstBoot(hostKeys(), knownHosts(), definition().bootstrap(), credentials().publicKey()))
                : settings;
        return new Operations(workspace, state, definition(), credentials(), provider(), withFirstBoot, listener);
    }

    /**
     * Servers are bootstrapped unless the definition turns it off, or they are an emulator's (the
     * sandbox, or an API URL on loopback), which no one can reach.
     */
    public boolean bootstrapEnabled() {
        return definition().bootstrap().enabled() && !options.sandbox && !emulatedApi();
    }

    /** An API on this host's loopback is an emulator: its servers' addresses lead nowhere, so no one logs in to them. */
    private boolean emulatedApi() {
        URI url = configuredApiUrl();
        String host = url == null ? null : url.getHost();
        return host != null && (host.equals("localhost") || host.startsWith("127.") || host.equals("[::1]") || host.equals("::1"));
    }

    public HostKeyPins knownHosts() {
        return state.pins();
    }

    public HostKeyStore hostKeys() {
        return new HostKeyStore(state.hostKeys(definition().namespace()));
    }

    /**
     * The private key cloudmaker logs in with: the workspace's own when security.json names no public
     * key, else the file security.json names, else the one in ~/.ssh whose public half matches.
     */
    public Identity identity() {
        Credentials c = credentials();
        if (identity == null) {
            identity = c.privateKeyFile() != null
                    ? IdentityFiles.load(c.privateKeyFile()).requireMatches(c.publicKey())
                    : IdentityFiles.findOrFail(c.publicKey(), IdentityFiles.defaultSshDir());
        }
        return identity;
    }

    private Identity workspaceIdentity() {
        Path key = workspace.stateDir().resolve("ssh").resolve("id_ed25519");
        if (Files.exists(key)) {
            return IdentityFiles.load(key);
        }
        err.println(style().dim("note: security.json names no SSH key, so cloudmaker made one for this folder: "
                + workspace.dir().toAbsolutePath().relativize(key.toAbsolutePath())));
        return IdentityFiles.generate(key);
    }

    private Secret token() {
        if (!factory().needsToken()) {
            return null;
        }
        if (Files.exists(workspace.securityJson()) || options.sandbox) {
            return credentials().apiToken();
        }
        return CredentialsLoader.TOKEN_ENV.stream().map(env::get).filter(v -> v != null && !v.isBlank())
                .findFirst().map(Secret::of)
                .orElseThrow(() -> new ConfigException(Diagnostic.ofFile(workspace.securityJson(),
                        "no API token: security.json is missing and neither DIGITALOCEAN_TOKEN nor DIGITALOCEAN_ACCESS_TOKEN is set",
                        "create security.json with \"digital_ocean_api_key\", or export DIGITALOCEAN_TOKEN")));
    }

    private URI apiUrl() {
        if (options.sandbox) {
            if (options.apiUrl != null) {
                throw new UsageException("--sandbox and --api-url exclude each other: the sandbox is its own API");
            }
            sandbox = DigitalOceanEmulator.builder()
                    .bootDelay(SANDBOX_BOOT_DELAY)
                    .stateFile(workspace.stateDir().resolve("sandbox.json"))
                    .start();
            return sandbox.baseUrl();
        }
        return configuredApiUrl();
    }

    /** --api-url, else DIGITALOCEAN_API_URL, else null (the provider's default). */
    private URI configuredApiUrl() {
        if (options.apiUrl != null) {
            return options.apiUrl;
        }
        String fromEnv = env.get("DIGITALOCEAN_API_URL");
        return fromEnv == null || fromEnv.isBlank() ? null : URI.create(fromEnv);
    }

    @Override
    public void close() {
        try {
            if (provider != null) {
                provider.close();
            }
        } finally {
            if (sandbox != null) {
                sandbox.close();
            }
        }
    }

    /** Thrown for wrong usage found after parsing; exits 64. */
    public static final class UsageException extends CloudmakerException {
        public UsageException(String message) {
            super(message);
        }
    }
}
