package dev.cloudmaker.core.http;

import dev.cloudmaker.core.Secret;
import java.net.URI;
import java.net.http.HttpRequest;

/** {@code Authorization: Bearer <token>}: a token that does not change while the client runs. */
public record BearerToken(Secret token) implements Authenticator {

    @Override
    public void authenticate(HttpRequest.Builder request, String method, URI uri) {
        request.header("Authorization", "Bearer " + token.reveal());
    }
}
