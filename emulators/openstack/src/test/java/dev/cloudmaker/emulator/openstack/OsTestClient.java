package dev.cloudmaker.emulator.openstack;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cloudmaker.emulator.kit.EmulatorJson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/**
 * A plain HTTP client for tests of the emulator: it logs in to Keystone with the emulator's password and sends
 * that token with every call, plus a Nova microversion when one is set. Paths start at the emulator's root
 * ({@code /compute/v2.1/servers}).
 */
public final class OsTestClient {
    private final HttpClient http = HttpClient.newHttpClient();
    private final URI base;
    private final String token;
    private final String microversion;

    private OsTestClient(URI base, String token, String microversion) {
        this.base = base;
        this.token = token;
        this.microversion = microversion;
    }

    /** Logs in as the emulator's user, scoped to its project. */
    public static OsTestClient login(OpenStackEmulator emulator) {
        String body = "{\"auth\":{\"identity\":{\"methods\":[\"password\"],\"password\":{\"user\":{\"name\":\""
                + emulator.user() + "\",\"domain\":{\"id\":\"default\"},\"password\":\"" + emulator.password()
                + "\"}}},\"scope\":{\"project\":{\"name\":\"" + emulator.project()
                + "\",\"domain\":{\"name\":\"Default\"}}}}}";
        OsTestClient anonymous = new OsTestClient(emulator.baseUrl(), null, null);
        HttpResponse<String> r = anonymous.send("POST", "/identity/v3/auth/tokens", body);
        if (r.statusCode() != 201) {
            throw new IllegalStateException("login failed: " + r.statusCode() + " " + r.body());
        }
        return new OsTestClient(emulator.baseUrl(), r.headers().firstValue("x-subject-token").orElseThrow(), null);
    }

    /** A client sending no token at all. */
    public static OsTestClient anonymous(OpenStackEmulator emulator) {
        return new OsTestClient(emulator.baseUrl(), null, null);
    }

    /** The same login, asking Nova for {@code version} ({@code 2.73}, {@code latest}). */
    public OsTestClient microversion(String version) {
        return new OsTestClient(base, token, version);
    }

    public HttpResponse<String> get(String path) {
        return send("GET", path, null);
    }

    public HttpResponse<String> post(String path, String json) {
        return send("POST", path, json);
    }

    public HttpResponse<String> put(String path, String json) {
        return send("PUT", path, json);
    }

    public HttpResponse<String> patch(String path, String json) {
        return send("PATCH", path, json);
    }

    public HttpResponse<String> delete(String path) {
        return send("DELETE", path, null);
    }

    public HttpResponse<String> send(String method, String path, String json) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "application/json")
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            b.header("Content-Type", "application/json");
        }
        if (token != null) {
            b.header("X-Auth-Token", token);
        }
        if (microversion != null) {
            b.header("OpenStack-API-Version", "compute " + microversion);
        }
        try {
            return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public static JsonNode json(HttpResponse<String> response) {
        try {
            return EmulatorJson.MAPPER.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(response.body(), e);
        }
    }
}
