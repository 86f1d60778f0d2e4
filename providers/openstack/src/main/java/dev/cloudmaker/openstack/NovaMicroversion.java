package dev.cloudmaker.openstack;

import dev.cloudmaker.core.http.Authenticator;
import java.net.URI;
import java.net.http.HttpRequest;

/**
 * The token, and Nova's microversion pinned on every compute request in both headers keystoneauth sends, so
 * answers have the shapes this provider reads whatever the cloud's newest version: 2.52 has server tags on create
 * (2.52), {@code image_id} from createImage (2.45) and the flavor embedded with its {@code original_name} (2.47).
 */
final class NovaMicroversion implements Authenticator {
    static final String VERSION = "2.52";

    private final Authenticator token;

    NovaMicroversion(Authenticator token) {
        this.token = token;
    }

    @Override
    public void authenticate(HttpRequest.Builder request, String method, URI uri) {
        request.setHeader("OpenStack-API-Version", "compute " + VERSION);
        request.setHeader("X-OpenStack-Nova-API-Version", VERSION);
        token.authenticate(request, method, uri);
    }

    @Override
    public boolean renewAfterRejection(HttpRequest sent) {
        return token.renewAfterRejection(sent);
    }

    @Override
    public String toString() {
        return "NovaMicroversion[" + VERSION + ", " + token + "]";
    }
}
