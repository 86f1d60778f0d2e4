package dev.cloudmaker.core.http;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.cloudmaker.core.ApiException;
import dev.cloudmaker.core.time.MutableClock;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

/** A JDK HTTP server on loopback that answers through a function and keeps every request as it arrived. */
final class LocalApi implements AutoCloseable {

    /** A request as the server read it: the request line's target is raw, as sent. */
    record Received(String method, String target, Headers headers) {
        String header(String name) {
            return headers.getFirst(name);
        }
    }

    /** What the server sends back. */
    record Answer(int status, String body, Headers headers) {
        static Answer of(int status, String body) {
            return new Answer(status, body, new Headers());
        }

        Answer with(String header, String value) {
            headers.set(header, value);
            return this;
        }
    }

    /** A plain decoder: the kind from the status, the status in the message. */
    static final ErrorDecoder DECODER = (request, response) -> new ApiException(request.describe() + " answered "
            + response.status(), ApiException.Kind.ofStatus(response.status()), response.status(), null, null,
            response.status() >= 500 && !request.idempotent(), null);

    /** Retries one after another (1 ms backoff), so tests do not wait. */
    static final RetrySettings QUICK = new RetrySettings(Duration.ofSeconds(5), Duration.ofMillis(1), Duration.ofMillis(2),
            3, Duration.ofSeconds(30));

    final List<Received> received = new CopyOnWriteArrayList<>();
    private final HttpServer server;

    LocalApi(Function<Received, Answer> answers) {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", ex -> answer(ex, answers));
        server.start();
    }

    private void answer(HttpExchange ex, Function<Received, Answer> answers) throws IOException {
        ex.getRequestBody().readAllBytes();
        Received request = new Received(ex.getRequestMethod(), ex.getRequestURI().toString(), ex.getRequestHeaders());
        received.add(request);
        Answer answer = answers.apply(request);
        byte[] body = answer.body().getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().putAll(answer.headers());
        ex.sendResponseHeaders(answer.status(), body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            ex.getResponseBody().write(body);
        }
        ex.close();
    }

    URI url() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    /** A client of this server with no pacing limits that matter; the pacer's waits advance {@code clock}. */
    JsonApiClient client(Authenticator auth, MutableClock clock) {
        RequestPacer pacer = new RequestPacer(1000, Duration.ofMinutes(1), clock, clock::advance);
        return new JsonApiClient(url(), auth, Duration.ofSeconds(5), pacer, DECODER, RateLimitSignals.retryAfterOnly(),
                QUICK, clock);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
