package dev.cloudmaker.core.http;

import java.net.URI;
import java.net.http.HttpRequest;

/**
 * How a client proves who it is on each request: a bearer token, an http-signature, a token that is
 * renewed. It is called for every attempt, just before it is sent, so a signature covers the request
 * exactly as it goes out (after any wait for the rate limit).
 */
public interface Authenticator {
    /** No credentials: for endpoints that hand them out (a token request) or need none. */
    Authenticator NONE = (request, method, uri) -> { };

    /** Adds the credentials for {@code method uri} to the request about to be sent. */
    void authenticate(HttpRequest.Builder request, String method, URI uri);

    /**
     * The server refused the credentials {@code sent} carried (a 401). True when new ones were obtained
     * and the request is worth sending once more; the client does that at most once per attempt.
     */
    default boolean renewAfterRejection(HttpRequest sent) {
        return false;
    }
}
