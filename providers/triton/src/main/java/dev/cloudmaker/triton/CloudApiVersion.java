package dev.cloudmaker.triton;

import dev.cloudmaker.core.http.Authenticator;
import java.net.URI;
import java.net.http.HttpRequest;

/**
 * The signature and the API version range node-triton sends ({@code Accept-Version: ~9||~8}): CloudAPI answers
 * with the highest route version in range, so the answers have the shapes node-triton (and this provider) read.
 */
final class CloudApiVersion implements Authenticator {
    static final String ACCEPT_VERSION = "~9||~8";

    private final Authenticator signature;

    CloudApiVersion(Authenticator signature) {
        this.signature = signature;
    }

    @Override
    public void authenticate(HttpRequest.Builder request, String method, URI uri) {
        request.setHeader("Accept-Version", ACCEPT_VERSION);
        signature.authenticate(request, method, uri);
    }

    @Override
    public String toString() {
        return "CloudApiVersion[" + ACCEPT_VERSION + ", " + signature + "]";
    }
}
