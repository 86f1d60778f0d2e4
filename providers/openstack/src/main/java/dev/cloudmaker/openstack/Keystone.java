package dev.cloudmaker.openstack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cloudmaker.core.CloudmakerException;
import dev.cloudmaker.core.Secret;
import dev.cloudmaker.core.http.ApiRequest;
import dev.cloudmaker.core.http.ApiResponse;
import dev.cloudmaker.core.http.IssuedToken;
import dev.cloudmaker.core.http.Json;
import dev.cloudmaker.core.http.JsonApiClient;
import java.time.Instant;
import java.time.format.DateTimeParseException;

/**
 * Keystone v3's {@code POST /auth/tokens}, as keystoneauth sends it: password (user by id, else name and domain)
 * scoped to a project (by id, else name and domain), or an application credential (bound to its own project, so
 * unscoped). The token is the {@code X-Subject-Token} header; {@code expires_at} and the catalog come in the body.
 */
final class Keystone {
    private final AuthConfig config;
    private final JsonApiClient identity;

    /** @param identity a client whose base URL is {@code auth_url}, sending no token */
    Keystone(AuthConfig config, JsonApiClient identity) {
        this.config = config;
        this.identity = identity;
    }

    /** {@code /auth/tokens} under an {@code auth_url} ending in {@code /v3}, else {@code /v3/auth/tokens}, as keystoneauth does. */
    static String tokensPath(java.net.URI authUrl) {
        String path = authUrl.getPath() == null ? "" : authUrl.getPath().replaceAll("/+$", "");
        return path.endsWith("/v3") ? "/auth/tokens" : "/v3/auth/tokens";
    }

    KeystoneToken issue() {
        ApiResponse response = identity.send(ApiRequest.post(tokensPath(config.authUrl()), body(config)));
        String token = response.header("X-Subject-Token").orElseThrow(() -> new CloudmakerException("Keystone at "
                + config.authUrl() + " answered a token request without an X-Subject-Token header; is auth_url "
                + "Keystone's v3 address?"));
        JsonNode body = response.json().path("token");
        if (!body.isObject()) {
            throw new CloudmakerException("Keystone at " + config.authUrl() + " answered a token request without a "
                    + "\"token\" body; is auth_url Keystone's v3 address?");
        }
        Instant expires;
        try {
            expires = Instant.parse(body.path("expires_at").asText());
        } catch (DateTimeParseException e) {
            throw new CloudmakerException("Keystone at " + config.authUrl() + " gave a token whose expires_at \""
                    + body.path("expires_at").asText() + "\" is not an ISO-8601 time");
        }
        return new KeystoneToken(new IssuedToken(Secret.of(token), expires), ServiceCatalog.of(body.path("catalog")),
                body.path("project").path("id").asText(null));
    }

    static ObjectNode body(AuthConfig c) {
        ObjectNode auth = Json.object();
        ObjectNode identity = auth.putObject("identity");
        if (c.applicationCredential()) {
            identity.putArray("methods").add("application_credential");
            identity.putObject("application_credential").put("id", c.applicationCredentialId())
                    .put("secret", c.applicationCredentialSecret().reveal());
        } else {
            identity.putArray("methods").add("password");
            ObjectNode user = identity.putObject("password").putObject("user");
            if (c.userId() != null) {
                user.put("id", c.userId());
            } else {
                user.put("name", c.username());
                domain(user, c.userDomainId(), c.userDomainName());
            }
            user.put("password", c.password().reveal());
            ObjectNode project = auth.putObject("scope").putObject("project");
            if (c.projectId() != null) {
                project.put("id", c.projectId());
            } else {
                project.put("name", c.projectName());
                domain(project, c.projectDomainId(), c.projectDomainName());
            }
        }
        ObjectNode root = Json.object();
        root.set("auth", auth);
        return root;
    }

    private static void domain(ObjectNode owner, String id, String name) {
        ObjectNode domain = owner.putObject("domain");
        if (id != null) {
            domain.put("id", id);
        } else {
            domain.put("name", name);
        }
    }
}
