package dev.cloudmaker.core.state;

import dev.cloudmaker.core.CloudmakerException;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** Picks the {@link StateStoreFactory} for a backend URL by its scheme. */
public final class StateStores {
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

    /** The URL without a password, if one was written in it ({@code user:secret@host}). */
    public static String redact(String url) {
        return url.replaceAll("(://[^/@:]*):[^/@]*@", "$1:[redacted]@");
    }
}
