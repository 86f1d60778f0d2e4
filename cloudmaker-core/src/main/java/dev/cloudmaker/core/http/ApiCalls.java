package dev.cloudmaker.core.http;

import dev.cloudmaker.core.ApiException;
import java.util.Optional;
import java.util.function.Supplier;

/** The two ways a provider treats "not found" as an answer rather than a failure. */
public final class ApiCalls {
    private ApiCalls() {
    }

    /** Runs a delete (or untag, ...) for which a resource already gone is success. */
    public static void ignoreNotFound(Runnable call) {
        try {
            call.run();
        } catch (ApiException e) {
            if (!e.isNotFound()) {
                throw e;
            }
        }
    }

    /** Reads one resource: empty when it is not there. */
    public static <T> Optional<T> orEmpty(Supplier<T> read) {
        try {
            return Optional.of(read.get());
        } catch (ApiException e) {
            if (e.isNotFound()) {
                return Optional.empty();
            }
            throw e;
        }
    }
}
