package dev.cloudmaker.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cloudmaker.core.config.BackendSecrets;
import dev.cloudmaker.core.http.Json;
import dev.cloudmaker.core.state.BackendRequest;
import dev.cloudmaker.core.state.FileStateStore;
import dev.cloudmaker.core.state.StateStore;
import dev.cloudmaker.core.state.StateStoreFactory;
import dev.cloudmaker.core.state.StateStores;
import dev.cloudmaker.core.state.Workspace;
import java.io.IOException;
import java.util.Map;
import java.util.Optional;

/**
 * Where a run keeps the definition's state: the shared backend the user named ({@code --backend URL}, else
 * {@code CLOUDMAKER_BACKEND}, else {@code "backend"} in cloud.json), found among the installed backends by its
 * URL's scheme; else the definition's own folder.
 */
public final class StateBackend {
    public static final String ENV = StateStores.ENV;

    private StateBackend() {
    }

    /** The backend URL this run uses, if any. */
    public static Optional<String> url(Session session, Map<String, String> env) {
        String option = session.options().backend();
        if (option != null && !option.isBlank()) {
            return Optional.of(option);
        }
        String fromEnv = env.get(ENV);
        if (fromEnv != null && !fromEnv.isBlank()) {
            return Optional.of(fromEnv);
        }
        return session.hasDefinition() ? Optional.ofNullable(session.definition().backend()) : Optional.empty();
    }

    /**
     * The store for this run: opened (connected, schema checked) when a backend is named, else the folder's files.
     * The connection is started before cloud.json is loaded and checked, so the two overlap.
     */
    static StateStore open(Session session, Map<String, String> env) {
        Optional<Prepared> prepared = prepare(session.options(), env, session.workspace());
        Optional<String> url = url(session, env);
        if (url.isEmpty()) {
            return new FileStateStore(session.workspace());
        }
        StateStoreFactory factory = prepared.filter(p -> p.url().equals(url.get())).map(Prepared::factory)
                .orElseGet(() -> factory(url.get()));
        return factory.open(request(session, env, url.get()));
    }

    /** A backend whose connection was started ahead ({@link StateStoreFactory#prepare}), for the URL it was started for. */
    private record Prepared(String url, StateStoreFactory factory) {
    }

    /**
     * Starts connecting to the backend the run will most likely use, while the run loads its files: the URL
     * of the option or the environment, else cloud.json's {@code "backend"} read without checking the file
     * (the full load reports its problems). Nothing when no backend is named or anything is amiss.
     */
    private static Optional<Prepared> prepare(GlobalOptions options, Map<String, String> env, Workspace workspace) {
        try {
            String url = options.backend() != null && !options.backend().isBlank() ? options.backend()
                    : env.get(ENV) != null && !env.get(ENV).isBlank() ? env.get(ENV) : rawBackend(workspace);
            if (url == null) {
                return Optional.empty();
            }
            StateStoreFactory factory = factory(url);
            BackendSecrets secrets = BackendSecrets.read(workspace.securityJson());
            factory.prepare(new BackendRequest(url, workspace, null, secrets.password(), secrets.stateKey(), env));
            return Optional.of(new Prepared(url, factory));
        } catch (RuntimeException e) {
            return Optional.empty(); // the run itself meets the problem and reports it
        }
    }

    private static String rawBackend(Workspace workspace) {
        try {
            JsonNode backend = Json.MAPPER.readTree(workspace.cloudJson().toFile()).path("backend");
            return backend.isTextual() ? backend.asText() : null;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** What a backend needs: the URL, the definition's folder and namespace, and the secrets from security.json. */
    public static BackendRequest request(Session session, Map<String, String> env, String url) {
        BackendSecrets secrets = BackendSecrets.read(session.workspace().securityJson());
        return new BackendRequest(url, session.workspace(), session.namespaceName(), secrets.password(), secrets.stateKey(), env);
    }

    public static StateStoreFactory factory(String url) {
        return StateStores.factoryFor(url, StateStoreFactory.installed());
    }
}
