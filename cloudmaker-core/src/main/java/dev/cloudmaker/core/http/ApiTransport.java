package dev.cloudmaker.core.http;

/** Sends one request and returns its 2xx answer, or throws the decoded {@link dev.cloudmaker.core.ApiException}. */
@FunctionalInterface
public interface ApiTransport {
    ApiResponse send(ApiRequest request);
}
