package dev.cloudmaker.emulator.openstack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cloudmaker.emulator.kit.http.ApiResponse;
import dev.cloudmaker.emulator.kit.http.PathRouter;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/**
 * Keystone v3 tokens: password (user by id, or by name in its domain by id or name) and application-credential
 * (by id, or by name with its user) authentication, project or domain scope, the token in {@code X-Subject-Token},
 * and a catalog of this emulator's own URLs in its one region.
 */
final class IdentityHandler {
    private static final String UNAUTHORIZED = "The request you have made requires authentication.";
    private final OpenStackState state;
    private final SecureRandom random = new SecureRandom();

    IdentityHandler(OpenStackState state) {
        this.state = state;
    }

    void register(PathRouter<OsEndpoint> router) {
        String t = OpenStackWire.TOKENS;
        router.add("POST", "/identity/v3/auth/tokens", t, this::issue)
                .add("GET", "/identity/v3/auth/tokens", t, this::validate)
                .add("DELETE", "/identity/v3/auth/tokens", t, this::revoke);
    }

    private ApiResponse issue(OsRequest r) {
        JsonNode identity = r.body().path("auth").path("identity");
        List<String> methods = List.of(identity.path("methods").path(0).asText(""));
        String credential = switch (methods.getFirst()) {
            case "password" -> password(identity.path("password").path("user"));
            case "application_credential" -> applicationCredential(identity.path("application_credential"));
            default -> throw new OsError(401, "Unauthorized", UNAUTHORIZED);
        };
        JsonNode scope = r.body().path("auth").path("scope");
        boolean domainScoped = scope.has("domain");
        if (domainScoped && credential == null) {
            requireDomain(scope.path("domain"));
        } else if (scope.has("project")) {
            requireProject(scope.path("project"));
        } else if (scope.has("system") || scope.has("OS-TRUST:trust")) {
            throw new OsError(401, "Unauthorized", UNAUTHORIZED);
        }
        Instant now = state.now();
        byte[] secret = new byte[48];
        random.nextBytes(secret);
        Token token = new Token("gAAAAA" + Base64.getUrlEncoder().withoutPadding().encodeToString(secret), methods, now,
                now.plus(state.config.tokenLifetime()), credential);
        state.tokens.put(token.id(), token);
        boolean catalog = !r.query().containsKey("nocatalog");
        return ApiResponse.json(201, body(token, domainScoped && credential == null, catalog, r.baseUrl()))
                .withHeader("X-Subject-Token", token.id());
    }

    private ApiResponse validate(OsRequest r) {
        String id = r.call().request().header("x-subject-token");
        Token token = id == null ? null : state.tokens.get(id);
        if (token == null || !token.validAt(state.now())) {
            throw new OsError(404, "NotFound", "Could not find token.");
        }
        return ApiResponse.json(200, body(token, false, !r.query().containsKey("nocatalog"), r.baseUrl()))
                .withHeader("X-Subject-Token", token.id());
    }

    private ApiResponse revoke(OsRequest r) {
        String id = r.call().request().header("x-subject-token");
        if (id == null || state.tokens.remove(id) == null) {
            throw new OsError(404, "NotFound", "Could not find token.");
        }
        return ApiResponse.noContent();
    }

    /** Checks a password login; null: a password token has no application credential. */
    private String password(JsonNode user) {
        OpenStackConfig c = state.config;
        boolean named = user.has("id") ? user.path("id").asText().equals(c.userId())
                : user.path("name").asText().equals(c.user()) && inDomain(user.path("domain"));
        if (!named || !user.path("password").asText().equals(c.password())) {
            throw new OsError(401, "Unauthorized", UNAUTHORIZED);
        }
        return null;
    }

    private String applicationCredential(JsonNode credential) {
        String secret = credential.path("secret").asText();
        Optional<ApplicationCredential> found = state.config.applicationCredentials().stream()
                .filter(a -> credential.has("id") ? a.id().equals(credential.path("id").asText())
                        : a.name().equals(credential.path("name").asText()) && user(credential.path("user")))
                .filter(a -> a.secret().equals(secret)).findFirst();
        return found.map(ApplicationCredential::id).orElseThrow(() -> new OsError(401, "Unauthorized", UNAUTHORIZED));
    }

    private boolean user(JsonNode user) {
        return user.has("id") ? user.path("id").asText().equals(state.config.userId())
                : user.path("name").asText().equals(state.config.user()) && inDomain(user.path("domain"));
    }

    private boolean inDomain(JsonNode domain) {
        return domain.has("id") ? domain.path("id").asText().equals(state.config.domainId())
                : domain.path("name").asText().equals(state.config.domain());
    }

    private void requireProject(JsonNode project) {
        boolean ok = project.has("id") ? project.path("id").asText().equals(state.config.projectId())
                : project.path("name").asText().equals(state.config.project()) && inDomain(project.path("domain"));
        if (!ok) {
            throw new OsError(401, "Unauthorized", UNAUTHORIZED);
        }
    }

    private void requireDomain(JsonNode domain) {
        if (!inDomain(domain)) {
            throw new OsError(401, "Unauthorized", UNAUTHORIZED);
        }
    }

    private ObjectNode body(Token token, boolean domainScoped, boolean withCatalog, String base) {
        OpenStackConfig c = state.config;
        ObjectNode t = Json.object();
        t.set("methods", Json.strings(token.methods()));
        ObjectNode user = t.putObject("user");
        domain(user.putObject("domain"));
        user.put("id", c.userId()).put("name", c.user()).putNull("password_expires_at");
        t.putArray("audit_ids").add(Ids.hex("audit:" + token.id()).substring(0, 22));
        t.put("expires_at", Json.micros(token.expires()) + "Z").put("issued_at", Json.micros(token.issued()) + "Z");
        if (domainScoped) {
            domain(t.putObject("domain"));
        } else {
            ObjectNode project = t.putObject("project");
            domain(project.putObject("domain"));
            project.put("id", c.projectId()).put("name", c.project());
            t.put("is_domain", false);
        }
        ArrayNode roles = t.putArray("roles");
        for (String role : List.of("member", "reader")) {
            roles.addObject().put("id", Ids.hex("role:" + role)).put("name", role);
        }
        if (token.applicationCredentialId() != null) {
            ApplicationCredential a = c.applicationCredentials().stream()
                    .filter(x -> x.id().equals(token.applicationCredentialId())).findFirst().orElseThrow();
            t.putObject("application_credential").put("id", a.id()).put("name", a.name()).put("restricted", true);
        }
        if (withCatalog) {
            t.set("catalog", catalog(base));
        }
        return (ObjectNode) Json.object().set("token", t);
    }

    private void domain(ObjectNode node) {
        node.put("id", state.config.domainId()).put("name", state.config.domain());
    }

    private ArrayNode catalog(String base) {
        ArrayNode catalog = Json.array();
        String region = state.config.region();
        for (Service s : Service.values()) {
            ObjectNode entry = catalog.addObject();
            ArrayNode endpoints = entry.putArray("endpoints");
            for (String face : List.of("public", "internal", "admin")) {
                endpoints.addObject().put("id", Ids.hex("endpoint:" + s.type + ":" + face)).put("interface", face)
                        .put("region_id", region).put("region", region).put("url", s.catalogUrl(base));
            }
            entry.put("id", Ids.hex("service:" + s.type)).put("type", s.type).put("name", s.serviceName);
        }
        return catalog;
    }
}
