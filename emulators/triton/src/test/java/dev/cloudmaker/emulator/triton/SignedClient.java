package dev.cloudmaker.emulator.triton;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cloudmaker.core.http.HttpSignatureAuth;
import dev.cloudmaker.core.spi.SigningKey;
import dev.cloudmaker.emulator.kit.EmulatorJson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;

/**
 * Sends CloudAPI requests signed as node-triton signs them ({@code (request-target) date}), with
 * {@code Accept-Version: ~9||~8}, and reads JSON answers.
 */
public final class SignedClient {
    private final HttpClient http = HttpClient.newHttpClient();
    private final URI base;
    private final HttpSignatureAuth auth;
    private final String acceptVersion;

    public SignedClient(URI base, SigningKey key, Clock clock) {
        this(base, new HttpSignatureAuth(key, clock), "~9||~8");
    }

    private SignedClient(URI base, HttpSignatureAuth auth, String acceptVersion) {
        this.base = base;
        this.auth = auth;
        this.acceptVersion = acceptVersion;
    }

    /** The same client sending another {@code Accept-Version} range. */
    public SignedClient acceptingVersion(String range) {
        return new SignedClient(base, auth, range);
    }

    public HttpResponse<String> send(String method, String pathAndQuery, String jsonBody) {
        URI uri = URI.create(base + pathAndQuery);
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).header("accept", "application/json")
                .header("accept-version", acceptVersion)
                .method(method, jsonBody == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(jsonBody));
        if (jsonBody != null) {
            request.header("content-type", "application/json");
        }
        auth.authenticate(request, method, uri);
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public HttpResponse<String> get(String pathAndQuery) {
        return send("GET", pathAndQuery, null);
    }

    public HttpResponse<String> post(String path, String jsonBody) {
        return send("POST", path, jsonBody);
    }

    public static JsonNode json(HttpResponse<String> response) {
        try {
            return EmulatorJson.MAPPER.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
