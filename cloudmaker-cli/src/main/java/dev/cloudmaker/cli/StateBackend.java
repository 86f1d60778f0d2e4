package dev.cloudmaker.cli;

import dev.cloudmaker.core.config.BackendSecrets;
import dev.cloudmaker.core.state.BackendRequest;
import dev.cloudmaker.core.state.FileStateStore;
import dev.cloudmaker.core.state.StateStore;
import dev.cloudmaker.core.state.StateStoreFactory;
import dev.cloudmaker.core.state.StateStores;
import java.util.Map;
import java.util.Optional;

/**
 * Where a run keeps the definition's state: the shared backend the user named ({@code --backend URL}, else
 * {@code CLOUDMAKER_BACKEND}, else {@code "backend"} in cloud.json), found among the installed backends by its
 * URL's scheme; else the definition's own folder.
 */
public final class StateBackend {
    public static final String ENV = "CLOUDMAKER_BACKEND";

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

    /** The store for this run: opened (connected, schema checked) when a backend is named, else the folder's files. */
    static StateStore open(Session session, Map<String, String> env) {
        Optional<String> url = url(session, env);
        if (url.isEmpty()) {
            return new FileStateStore(session.workspace());
        }
        return factory(url.get()).open(request(session, env, url.get()));
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
