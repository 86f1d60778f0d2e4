package dev.cloudmaker.api;

import dev.cloudmaker.core.CloudmakerException;
import dev.cloudmaker.core.config.CredentialsLoader;
import dev.cloudmaker.core.config.DefinitionLoader;
import dev.cloudmaker.core.config.ProviderChecks;
import dev.cloudmaker.core.engine.ApplyListener;
import dev.cloudmaker.core.engine.EngineSettings;
import dev.cloudmaker.core.engine.Operations;
import dev.cloudmaker.core.engine.Providers;
import dev.cloudmaker.core.inventory.Inventory;
import dev.cloudmaker.core.model.Credentials;
import dev.cloudmaker.core.model.Definition;
import dev.cloudmaker.core.plan.Plan;
import dev.cloudmaker.core.spi.CloudServer;
import dev.cloudmaker.core.spi.ProviderFactory;
import dev.cloudmaker.core.state.Lease;
import dev.cloudmaker.core.state.SharedStateStore;
import dev.cloudmaker.core.state.StateStore;
import dev.cloudmaker.core.state.StateStores;
import dev.cloudmaker.core.state.Workspace;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * One definition directory opened as a library: {@code cloud.json} and {@code security.json} read and checked
 * as the CLI reads them, its providers connected on first use, its state in {@code .cloudmaker/}, or in the shared
 * backend cloud.json's {@code "backend"} or {@code CLOUDMAKER_BACKEND} names (as the CLI, with the password from
 * {@code backend_password}, {@code PGPASSWORD} or {@code ~/.pgpass}; the backend's module on the class path).
 *
 * <pre>{@code
 * try (Project shop = Project.open(Path.of("shop"), System.getenv(), ApplyListener.NONE)) {
 *     Plan plan = shop.plan();
 *     if (!plan.isEmpty()) {
 *         shop.apply(plan);
 *     }
 *     shop.namespace().servers().forEach(s -> System.out.println(s.name()));
 * }
 * }</pre>
 *
 * A plan reads the clouds and changes nothing; {@link #apply} carries out exactly a plan this project made,
 * holding the definition's lock for the time (another run holding it, on any machine sharing the backend, is
 * refused at once), then writes the
 * networking back into cloud.json and the inventory, as {@code cloudmaker provision} does. Servers are not
 * logged in to: bootstrapping is the CLI's.
 */
public final class Project implements AutoCloseable {
    private final Definition definition;
    private final Providers providers;
    private final StateStore state;
    private final Operations operations;

    private Project(Definition definition, Providers providers, StateStore state, Operations operations) {
        this.definition = definition;
        this.providers = providers;
        this.state = state;
        this.operations = operations;
    }

    /**
     * Opens the definition in {@code dir} with the provider types on the class path; {@code env} completes
     * settings and credentials as each provider type declares (e.g. {@code DIGITALOCEAN_TOKEN}).
     *
     * @throws dev.cloudmaker.core.config.ConfigException when a file is invalid, naming the file and the place
     */
    public static Project open(Path dir, Map<String, String> env, ApplyListener listener) {
        return open(dir, env, listener, EngineSettings.defaults(), UnaryOperator.identity());
    }

    /** As {@link #open(Path, Map, ApplyListener)}, with the engine's settings and a change to each provider's settings. */
    public static Project open(Path dir, Map<String, String> env, ApplyListener listener, EngineSettings settings,
                               UnaryOperator<dev.cloudmaker.core.spi.ProviderSettings> adjust) {
        Workspace workspace = new Workspace(dir);
        List<ProviderFactory> installed = ProviderFactory.installed();
        Definition definition = ProviderChecks.resolve(DefinitionLoader.load(workspace.cloudJson()), installed);
        Credentials credentials = CredentialsLoader.load(workspace.securityJson(), definition.providers(), installed, env);
        if (credentials.publicKey() == null) {
            throw new CloudmakerException(workspace.securityJson() + ": no public_ssh_key; set it to the public key the"
                    + " servers should let in (the CLI makes one for the folder, the library does not)");
        }
        StateStore state = StateStores.open(workspace, definition.backend(), definition.namespace(), env);
        Providers providers;
        try {
            providers = Providers.open(new Providers.Setup(definition.providers(), credentials, installed, env,
                    Providers.Setup.REQUEST_TIMEOUT, notice -> listener.step("note", notice), adjust), definition.dns());
        } catch (RuntimeException e) {
            closeState(state);
            throw e;
        }
        Operations operations = new Operations(workspace, state, definition, credentials, providers, settings, listener);
        return new Project(definition, providers, state, operations);
    }

    public Definition definition() {
        return definition;
    }

    /** What {@code provision} would do; changes nothing. */
    public Plan plan() {
        return plan(Set.of());
    }

    /** As {@link #plan()}, replacing the named servers where they drifted in a way only a replacement fixes. */
    public Plan plan(Set<String> replace) {
        return operations.planProvision(replace);
    }

    /** What {@code destroy} would do: every declared server and its records, or only those named. */
    public Plan planDestroy(List<String> servers) {
        return operations.planDestroy(servers);
    }

    /** Carries out a plan made by this project; returns the namespace's servers by name afterwards. */
    public Map<String, CloudServer> apply(Plan plan) {
        try (Lease lease = state.lock("library apply", Duration.ZERO, notice -> { })) {
            return operations.apply(plan);
        }
    }

    /** The namespace's servers on every provider, with their DNS names; also written to cloudmaker_inventory.json. */
    public Inventory inventory() {
        return operations.inventory();
    }

    /** The definition's namespace on its providers, for what comes after provisioning (power, resize, images); a server's declared names follow it. */
    public Namespace namespace() {
        return Cloud.of(providers).namespace(definition);
    }

    @Override
    public void close() {
        try {
            providers.close();
        } finally {
            closeState(state);
        }
    }

    private static void closeState(StateStore state) {
        if (state instanceof SharedStateStore shared) {
            shared.close();
        }
    }
}
