package dev.cloudmaker.core.http;

import dev.cloudmaker.core.ApiException;

/** Turns a provider's non-2xx answer into an {@link ApiException}; each provider knows its own error body. */
@FunctionalInterface
public interface ErrorDecoder {
    ApiException decode(ApiRequest request, ApiResponse response);
}
