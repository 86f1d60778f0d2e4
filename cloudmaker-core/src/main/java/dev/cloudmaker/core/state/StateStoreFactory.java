package dev.cloudmaker.core.state;

import java.util.List;
import java.util.ServiceLoader;
import java.util.Set;

/**
 * A kind of shared state backend, found through {@link ServiceLoader} by the scheme of its URL
 * ({@code postgresql://...}); one per backend module. The core and the CLI name no backend: they
 * only pass the URL the user gave ({@code "backend"} in cloud.json, {@code --backend} or
 * {@code CLOUDMAKER_BACKEND}) to the factory whose scheme it has.
 */
public interface StateStoreFactory {

    /** The URL schemes this backend answers to, lower case ({@code postgresql}, {@code postgres}). */
    Set<String> schemes();

    /**
     * Connects to the backend and checks its schema, which must exist and be one this cloudmaker knows.
     *
     * @throws dev.cloudmaker.core.CloudmakerException with a message fit for the user (never a password)
     *         when the URL is wrong, the server unreachable, the login refused or the schema missing or newer
     */
    SharedStateStore open(BackendRequest request);

    /**
     * Starts connecting ahead, on a daemon thread, so that a later {@link #open} of the same URL on this
     * instance finds the connection made (a run's start-up work and the connection overlap). Failures are
     * kept for {@code open} to report. {@code request.namespace()} may be null here.
     */
    default void prepare(BackendRequest request) {
    }

    /** Creates the backend's schema, or migrates an older one; says what it did. Refuses a newer schema. */
    String init(BackendRequest request);

    /** The factories on the class path. */
    static List<StateStoreFactory> installed() {
        return ServiceLoader.load(StateStoreFactory.class).stream().map(ServiceLoader.Provider::get).toList();
    }
}
