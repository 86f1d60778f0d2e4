package dev.cloudmaker.core.state;

import dev.cloudmaker.core.Secret;
import java.util.Map;
import java.util.Optional;

/**
 * What a {@link StateStoreFactory} needs to reach a definition's shared state.
 *
 * @param url       the backend URL as the user wrote it; it carries no password
 * @param workspace the definition's folder (its name is the definition's default key in the backend)
 * @param namespace the namespace the run works on: the lease covers the definition in this namespace
 * @param password  the backend password from security.json ({@code backend_password}), if it has one;
 *                  a backend may also look in its own usual places (the environment, a password file)
 * @param stateKey  the key host private keys are encrypted with before they leave this machine
 *                  ({@code state_key} in security.json); without it they are not stored in the backend
 * @param env       the process environment, as the CLI sees it
 */
public record BackendRequest(String url, Workspace workspace, String namespace, Optional<Secret> password, Optional<Secret> stateKey,
                             Map<String, String> env) {
    public BackendRequest {
        env = Map.copyOf(env);
    }

    @Override
    public String toString() {
        return "BackendRequest[" + url + "]"; // the secrets stay out of any message
    }
}
