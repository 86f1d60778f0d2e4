package dev.cloudmaker.core.state;

import dev.cloudmaker.core.CloudmakerException;
import dev.cloudmaker.core.config.BackendSecrets;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.stream.Collectors;

/** Picks the {@link StateStoreFactory} for a backend URL by its scheme. */
public final class StateStores {
    /** The environment variable that names a backend URL, over cloud.json's {@code "backend"}. */
    public static final String ENV = "CLOUDMAKER_BACKEND";

    private StateStores() {
    }

    /** The installed factory for {@code url}'s scheme. */
    public static StateStoreFactory factoryFor(String url, List<StateStoreFactory> installed) {
        int colon = url.indexOf("://");
        if (colon <= 0) {
            throw new CloudmakerException("the backend \"" + redact(url) + "\" is not a URL: write it like"
                    + " postgresql://user@db.example.com:5432/cloudmaker");
        }
        String scheme = url.substring(0, colon).toLowerCase(Locale.ROOT);
        return installed.stream().filter(f -> f.schemes().contains(scheme)).findFirst()
                .orElseThrow(() -> new CloudmakerException("no state backend for \"" + scheme + "://\" URLs is installed"
                        + (installed.isEmpty() ? "" : "; this cloudmaker has " + installed.stream()
                                .flatMap(f -> f.schemes().stream()).sorted().map(s -> s + "://").collect(Collectors.joining(", ")))));
    }

    /**
     * The definition's state where the user keeps it: the backend {@code CLOUDMAKER_BACKEND} in {@code env} names, else
     * the {@code backendUrl} of cloud.json, opened (connected, its schema checked); else the folder's files.
     */
    public static StateStore open(Workspace workspace, String backendUrl, String namespace, Map<String, String> env) {
        String fromEnv = env.get(ENV);
        String url = fromEnv != null && !fromEnv.isBlank() ? fromEnv : backendUrl;
        if (url == null || url.isBlank()) {
            return new FileStateStore(workspace);
        }
        BackendSecrets secrets = BackendSecrets.read(workspace.securityJson());
        return factoryFor(url, StateStoreFactory.installed())
                .open(new BackendRequest(url, workspace, namespace, secrets.password(), secrets.stateKey(), env));
    }

    /** The URL without a password, if one was written in it ({@code user:secret@host}). */
    public static String redact(String url) {
        return url.replaceAll("(://[^/@:]*):[^/@]*@", "$1:[redacted]@");
    }
}
