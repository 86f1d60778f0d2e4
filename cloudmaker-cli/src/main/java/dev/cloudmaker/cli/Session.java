package dev.cloudmaker.cli;

import dev.cloudmaker.api.Cloud;
import dev.cloudmaker.api.Namespace;
import dev.cloudmaker.cli.output.JsonOutput;
import dev.cloudmaker.cli.view.Style;
import dev.cloudmaker.core.config.CredentialsLoader;
import dev.cloudmaker.core.config.DefinitionLoader;
import dev.cloudmaker.core.config.Diagnostic;
import dev.cloudmaker.core.config.ProviderChecks;
import dev.cloudmaker.core.engine.ApplyListener;
import dev.cloudmaker.core.engine.EngineSettings;
import dev.cloudmaker.core.engine.Operations;
import dev.cloudmaker.core.engine.Providers;
import dev.cloudmaker.core.model.Credentials;
import dev.cloudmaker.core.model.Definition;
import dev.cloudmaker.core.model.ProviderConfig;
import dev.cloudmaker.core.plan.Plan;
import dev.cloudmaker.core.spi.CloudServer;
import dev.cloudmaker.core.spi.Provider;
import dev.cloudmaker.core.spi.ProviderFactory;
import dev.cloudmaker.core.state.HostKeyPins;
import dev.cloudmaker.core.state.Lease;
import dev.cloudmaker.core.state.SharedStateStore;
import dev.cloudmaker.core.state.StateStore;
import dev.cloudmaker.core.state.Workspace;
import dev.cloudmaker.core.time.WaitLines;
import dev.cloudmaker.core.time.WaitReporting;
import dev.cloudmaker.ssh.Identity;
import dev.cloudmaker.ssh.IdentityFiles;
import dev.cloudmaker.ssh.LoginKeys;
import dev.cloudmaker.ssh.firstboot.CloudInitFirstBoot;
import dev.cloudmaker.ssh.firstboot.HostKeyStore;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What one command run works with: the definition directory, its files loaded on demand, and the
 * definition's providers (with the sandbox's emulators behind them). Closing it closes both.
 */
public final class Session implements AutoCloseable {
    private final GlobalOptions options;
    private final Map<String, String> env;
    private final PrintStream out;
    private final PrintStream err;
    private final JsonOutput json;
    private final Workspace workspace;
    private final List<ProviderFactory> installed = ProviderFactory.installed();
    private StateStore state;
    private Definition definition;
    private Credentials credentials;
    private Connections connections;
    private Identity identity;
    /** The plan this run made to apply, for the run history. */
    private Plan planned;
    /** Set by {@link #lockFor}: a command that only reads works on a copy of the sandbox's accounts, without the lock. */
    private boolean readsOnly;

    public Session(GlobalOptions options, Map<String, String> env, PrintStream out, PrintStream err, JsonOutput json) {
        this.options = options;
        this.env = env;
        this.out = out;
        this.err = err;
        this.json = json;
        this.workspace = new Workspace(options.dir);
        // every wait of this run that no progress view follows still says what it waits for, on stderr
        WaitReporting.set(new WaitLines(line -> err.println(style().dim(line))));
    }

    public GlobalOptions options() {
        return options;
    }

    /** What the command says for people: stdout, except with --json, where stdout holds only the document. */
    public PrintStream out() {
        return options.json ? err : out;
    }

    /** Where the command's JSON document goes (stdout): printed with --json, or when a format asks for JSON. */
    public JsonOutput json() {
        return json;
    }

    public PrintStream err() {
        return err;
    }

    public Workspace workspace() {
        return workspace;
    }

    /** Where the definition's lock, journal, host keys, pins and run history are kept (see {@link StateBackend}); opened when first used. */
    public StateStore state() {
        if (state == null) {
            state = StateBackend.open(this, env);
        }
        return state;
    }

    /** Notes the plan this run is about to show and apply, so that the run history keeps it. */
    public void planned(Plan plan) {
        planned = plan;
    }

    /** The plan this run made, if it made one. */
    public Optional<Plan> planned() {
        return Optional.ofNullable(planned);
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
        readsOnly = !CommandLocks.writes(command);
        if (readsOnly || !Files.isDirectory(workspace.dir())) {
            return null;
        }
        return state().lock("cloudmaker " + command, options.waitLock,
                notice -> err.println(style().warn("warning: ") + notice));
    }

    /** cloud.json, checked against the installed provider types, in the namespace of the command line if it names one. */
    public Definition definition() {
        if (definition == null) {
            Definition loaded = ProviderChecks.resolve(DefinitionLoader.load(workspace.cloudJson()), installed);
            String ns = namespaceFromCommandLine();
            definition = ns == null ? loaded : loaded.withNamespace(ns);
        }
        return definition;
    }

    public boolean hasDefinition() {
        return Files.exists(workspace.cloudJson());
    }

    /** --namespace, else env CLOUDMAKER_NAMESPACE, else the definition's, else {@code default}. */
    public String namespaceName() {
        if (hasDefinition()) {
            return definition().namespace();
        }
        String ns = namespaceFromCommandLine();
        return ns == null ? Definition.DEFAULT_NAMESPACE : ns;
    }

    private String namespaceFromCommandLine() {
        String ns = options.namespace != null ? options.namespace : env.get("CLOUDMAKER_NAMESPACE");
        return ns == null || ns.isBlank() ? null : NamespaceOption.check(ns);
    }

    /** The definition's providers by name; without a cloud.json, the seed format's one (for the catalogue and account commands). */
    public Map<String, ProviderConfig> providerConfigs() {
        return hasDefinition() ? definition().providers()
                : Map.of(Definition.DEFAULT_PROVIDER, new ProviderConfig(Definition.DEFAULT_PROVIDER, Definition.DEFAULT_PROVIDER, Map.of()));
    }

    /** The library's view of this run's namespace, on every provider of the definition, whose declared names follow a start. */
    public Namespace namespace() {
        // the session owns the providers and closes them; the namespace only borrows them
        return hasDefinition() ? Cloud.of(providers()).namespace(definition()) : Cloud.of(providers()).namespace(namespaceName());
    }

    /** Server name → role as cloud.json declares them; empty without a cloud.json. */
    public Map<String, String> roles() {
        if (!hasDefinition()) {
            return Map.of();
        }
        Map<String, String> roles = new HashMap<>();
        definition().servers().stream().filter(s -> s.role() != null).forEach(s -> roles.put(s.name(), s.role()));
        return roles;
    }

    /**
     * security.json (or the environment): the credentials of every provider that needs an account, except
     * the ones the sandbox emulates, which take the emulator's own.
     */
    public Credentials credentials() {
        if (credentials == null) {
            Map<String, ProviderConfig> accounts = new LinkedHashMap<>(providerConfigs());
            if (options.sandbox) {
                accounts.values().removeIf(p -> Sandbox.emulates(p.type()));
            }
            credentials = hasDefinition()
                    ? CredentialsLoader.load(workspace.securityJson(), accounts, installed, env)
                    : CredentialsLoader.loadForApi(workspace.securityJson(), accounts, installed, env);
            if (credentials.publicKey() == null) {
                identity = workspaceIdentity();
                credentials = credentials.withPublicKey(identity.publicKey(), identity.file().orElseThrow());
            }
            for (Diagnostic warning : CredentialsLoader.permissionWarnings(workspace.securityJson())) {
                err.println(style().warn("warning: ") + warning.format());
            }
        }
        return credentials;
    }

    /** The definition's providers, each opened when first used. */
    public Providers providers() {
        return connections().providers();
    }

    private Connections connections() {
        if (connections == null) {
            connections = new Connections(options, providerConfigs(), hasDefinition() ? definition().dns() : accountDns(), credentials(),
                    installed, env, workspace.stateDir(), readsOnly, notice -> err.println(style().dim("note: " + notice)));
        }
        return connections;
    }

    /** Without a cloud.json, the seed format's one provider holds the account's DNS when its type offers DNS. */
    private String accountDns() {
        String type = providerConfigs().get(Definition.DEFAULT_PROVIDER).type();
        return installed.stream().anyMatch(f -> f.name().equals(type) && f.offersDns()) ? Definition.DEFAULT_PROVIDER : null;
    }

    /** One provider by its name in the definition. */
    public Provider provider(String name) {
        return providers().get(name);
    }

    /** The definition's one provider, or the one {@code option} names (catalogue commands, import). */
    public Provider provider(String named, String option) {
        return provider(providerName(named, option));
    }

    /** The name {@code option} gave, checked; without one, the definition's only provider. */
    public String providerName(String named, String option) {
        if (named != null) {
            if (!providerConfigs().containsKey(named)) {
                throw new UsageException(option + " " + named + ": the definition has no such provider; it has "
                        + String.join(", ", providerConfigs().keySet()));
            }
            return named;
        }
        if (providerConfigs().size() != 1) {
            throw new UsageException("the definition has the providers " + String.join(", ", providerConfigs().keySet())
                    + "; say which with " + option + " NAME");
        }
        return providerConfigs().keySet().iterator().next();
    }

    /** Refuses an SSH connection to a server whose address would not reach it (asked of the provider it runs on). */
    public void checkReachable(CloudServer server) {
        String name = server.provider() != null ? server.provider() : providerConfigs().keySet().iterator().next();
        provider(name).checkReachable(server);
    }

    public Operations operations(EngineSettings settings, ApplyListener listener) {
        EngineSettings withFirstBoot = bootstrapEnabled()
                ? settings.withFirstBoot(new CloudInitFirstBoot(hostKeys(), knownHosts(), definition().bootstrap(), credentials().publicKey()))
                : settings;
        return new Operations(workspace, state(), definition(), credentials(), providers(), withFirstBoot, listener);
    }

    /** Servers are bootstrapped unless the definition turns it off; only those on real clouds (see {@link #bootstraps}). */
    public boolean bootstrapEnabled() {
        return definition().bootstrap().enabled()
                && definition().providers().keySet().stream().anyMatch(p -> !emulated(p));
    }

    /** Whether cloudmaker logs in to this server: not when its provider is an emulator, whose addresses lead nowhere. */
    public boolean bootstraps(CloudServer server) {
        return server.provider() == null || !emulated(server.provider());
    }

    private boolean emulated(String provider) {
        return connections().emulated(provider);
    }

    public HostKeyPins knownHosts() {
        return state().pins();
    }

    public HostKeyStore hostKeys() {
        return new HostKeyStore(state().hostKeys(definition().namespace()));
    }

    /**
     * The key cloudmaker logs in with: the workspace's own when security.json names no public key, else
     * the ssh-agent's when it holds it, else the file security.json names, else the one in ~/.ssh whose
     * public half matches (an encrypted one after asking for its passphrase on the terminal).
     *
     * @throws dev.cloudmaker.ssh.NoLoginKeyException when there is none, naming the three ways to give it
     */
    public Identity identity() {
        if (identity == null) {
            identity = loginKeys().identity();
        }
        return identity;
    }

    /** Where the private half of the definition's key is kept; nothing is read until asked. */
    public LoginKeys loginKeys() {
        Credentials c = credentials();
        Path home = Path.of(env.getOrDefault("HOME", System.getProperty("user.home")));
        return new LoginKeys(c.publicKey(), c.privateKeyFile(), home.resolve(".ssh"), LoginKeys.agentSocket(env),
                new ConsolePassphrase());
    }

    private Identity workspaceIdentity() {
        Path key = workspace.stateDir().resolve("ssh").resolve("id_ed25519");
        if (Files.exists(key)) {
            return IdentityFiles.load(key);
        }
        String why = Files.exists(workspace.securityJson()) ? "security.json names no SSH key (public_ssh_key)"
                : "there is no security.json naming an SSH key";
        err.println(style().dim("note: " + why + ", so cloudmaker made one for this folder: "
                + workspace.dir().toAbsolutePath().relativize(key.toAbsolutePath())));
        return IdentityFiles.generate(key);
    }

    @Override
    public void close() {
        try {
            if (connections != null) {
                if (!options.verbose) {
                    // -v logs each retry as it happens; without it, one line per API says that there were some
                    connections.providers().opened().forEach(p -> p.callStats().retrySummary()
                            .ifPresent(s -> err.println(style().dim("note: " + s))));
                }
                connections.close();
            }
        } finally {
            WaitReporting.clear();
            if (state instanceof SharedStateStore shared) {
                shared.close();
            }
        }
    }
}
