package dev.cloudmaker.core.http;

import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Clock;
import java.time.Duration;
import java.util.function.Supplier;

/**
 * A token from an identity service (Keystone: {@code X-Auth-Token}), sent in one header. It is
 * obtained on first use and again {@code renewAhead} before it expires; a 401 means the server no
 * longer takes it (revoked, or the clocks disagree), so the next request gets a new one. Renewal
 * happens under a lock: requests that find the token stale at once share one new token.
 */
public final class ReauthenticatingToken implements Authenticator {
    private final String header;
    private final Supplier<IssuedToken> issuer;
    private final Duration renewAhead;
    private final Clock clock;
    private IssuedToken current;

    /**
     * @param issuer     asks the identity service for a token (it sends its own requests, without this authenticator)
     * @param renewAhead how long before its expiry a token is replaced (Keystone's own clients: 120 s)
     */
    public ReauthenticatingToken(String header, Supplier<IssuedToken> issuer, Duration renewAhead, Clock clock) {
        this.header = header;
        this.issuer = issuer;
        this.renewAhead = renewAhead;
        this.clock = clock;
    }

    @Override
    public void authenticate(HttpRequest.Builder request, String method, URI uri) {
        request.header(header, valid().token().reveal());
    }

    /** Forgets the refused token unless another request has already replaced it; either way the request is sent again. */
    @Override
    public synchronized boolean renewAfterRejection(HttpRequest sent) {
        String used = sent.headers().firstValue(header).orElse(null);
        if (current != null && current.token().reveal().equals(used)) {
            current = null;
        }
        return true;
    }

    private synchronized IssuedToken valid() {
        if (current == null || !clock.instant().isBefore(current.expiresAt().minus(renewAhead))) {
            current = issuer.get();
        }
        return current;
    }

    @Override
    public String toString() {
        return "ReauthenticatingToken[" + header + "]";
    }
}
