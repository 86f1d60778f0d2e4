package dev.cloudmaker.core.http;

import dev.cloudmaker.core.ApiException;

/**
 * Turns a provider's non-2xx answer into an {@link ApiException}: each provider knows its own error
 * body, and gives the failure the {@link ApiException.Kind} its cloud means by it (the client's
 * retries and {@link ApiException#isNotFound()} read only the kind).
 */
@FunctionalInterface
public interface ErrorDecoder {
    ApiException decode(ApiRequest request, ApiResponse response);
}
