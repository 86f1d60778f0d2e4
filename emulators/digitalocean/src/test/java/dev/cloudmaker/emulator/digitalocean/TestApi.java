package dev.cloudmaker.emulator.digitalocean;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** A tiny DigitalOcean client for the tests. */
final class TestApi {
    static final ObjectMapper MAPPER = new ObjectMapper();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final URI base;
    private final String token;

    TestApi(DigitalOceanEmulator emu) {
        this(emu, "dop_v1_test");
    }

    TestApi(DigitalOceanEmulator emu, String token) {
        this(emu.baseUrl(), token);
    }

    TestApi(URI base, String token) {
        this.base = base;
        this.token = token;
    }

    HttpResponse<String> get(String path) throws IOException {
        return send("GET", path, null);
    }

    HttpResponse<String> post(String path, String json) throws IOException {
        return send("POST", path, json);
    }

    HttpResponse<String> delete(String path) throws IOException {
        return send("DELETE", path, null);
    }

    HttpResponse<String> send(String method, String path, String json) throws IOException {
        HttpRequest.Builder b = HttpRequest.newBuilder(path.startsWith("http") ? URI.create(path) : base.resolve(path))
                .timeout(Duration.ofSeconds(10))
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json));
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        if (json != null) {
            b.header("Content-Type", "application/json");
        }
        try {
            return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    static JsonNode json(HttpResponse<String> r) {
        try {
            return MAPPER.readTree(r.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An ed25519 public key line, unique per {@code n}. */
    static String sshKey(int n) {
        byte[] type = "ssh-ed25519".getBytes();
        java.nio.ByteBuffer buf = java.nio.ByteBuffer.allocate(4 + type.length + 4 + 32);
        buf.putInt(type.length).put(type).putInt(32);
        for (int i = 0; i < 32; i++) {
            buf.put((byte) (n * 31 + i));
        }
        return "ssh-ed25519 " + java.util.Base64.getEncoder().encodeToString(buf.array()) + " key" + n;
    }
}
