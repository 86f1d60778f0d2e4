package dev.cloudmaker.emulator.kit.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cloudmaker.core.time.MutableClock;
import dev.cloudmaker.emulator.kit.fault.FaultSpec;
import dev.cloudmaker.emulator.kit.latency.LatencyModel;
import dev.cloudmaker.emulator.kit.rate.TokenBucket;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The pipeline with a cloud that is not DigitalOcean: a Query-API toy with a token bucket. */
class EmulatorServerIT {
    private final MutableClock clock = new MutableClock(Instant.parse("2026-01-01T00:00:00Z"));
    private final HttpClient http = HttpClient.newHttpClient();
    private final CounterCloud cloud = new CounterCloud();
    private EmulatorServer server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    private void start(List<String> faults) throws IOException {
        server = EmulatorServer.start(new ServerSettings(0, faults.stream().map(FaultSpec::parse).toList(), 1,
                new TokenBucket(3, 1, clock), LatencyModel.fixed(Duration.ZERO, Duration.ZERO), true), cloud, cloud);
    }

    private HttpResponse<String> call(String action, String key) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(server.url().resolve("/"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("Action=" + action + "&Version=1"));
        if (key != null) {
            b.header("X-Key", key);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void authenticatesThenLimitsThenDispatchesSavingOnlyChanges() throws Exception {
        start(List.of());
        assertThat(call("Increment", null).body()).isEqualTo("AuthFailure");
        assertThat(call("Increment", "k1").body()).isEqualTo("1");
        assertThat(call("Get", "k1").body()).isEqualTo("1");
        assertThat(call("Increment", "k1").body()).isEqualTo("2");
        HttpResponse<String> throttled = call("Increment", "k1");
        assertThat(throttled.statusCode()).isEqualTo(503);
        assertThat(throttled.body()).isEqualTo("RequestLimitExceeded");
        assertThat(throttled.headers().firstValue("x-amzn-requestid")).isPresent();
        assertThat(cloud.value).isEqualTo(2);
        assertThat(cloud.saves).as("two increments saved; reads and refusals not").isEqualTo(2);
        clock.advance(Duration.ofSeconds(1));
        assertThat(call("Increment", "k1").body()).isEqualTo("3");
        server.reject("k1");
        assertThat(call("Get", "k1").statusCode()).isEqualTo(401);
        assertThat(call("Get", "k2").body()).isEqualTo("3");

        EmulatorStats stats = server.stats();
        assertThat(stats.totalRequests()).isEqualTo(8);
        assertThat(stats.mutatingRequests()).isEqualTo(5);
        assertThat(stats.rateLimited()).isEqualTo(1);
        assertThat(stats.byEndpoint()).containsEntry("POST counter", 5).containsEntry("POST reads", 3);
        assertThat(server.exchanges()).hasSize(8).first().satisfies(x -> {
            assertThat(x.requestBody()).isEqualTo("Action=Increment&Version=1");
            assertThat(x.status()).isEqualTo(401);
        });
    }

    @Test
    void faultsTargetTheCloudsOperationsAndActBeforeIt() throws Exception {
        // both counter faults hit the first increment (the reset wins); the drop-reply has one left for the second
        start(List.of("reset@counter=1x", "drop-reply@counter=2x", "500@reads=1x"));
        List<String> seen = new CopyOnWriteArrayList<>();
        server.onRequest((n, method, operation) -> seen.add(n + " " + operation));
        assertThatThrownBy(() -> call("Increment", "k")).as("reset").isInstanceOf(IOException.class);
        assertThat(cloud.value).isZero();
        assertThatThrownBy(() -> call("Increment", "k")).as("drop-reply").isInstanceOf(IOException.class);
        assertThat(cloud.value).isEqualTo(1);
        assertThat(call("Get", "k").body()).isEqualTo("InternalError");
        assertThat(call("Get", "k").body()).isEqualTo("1");
        assertThat(call("Reboot", "k").body()).isEqualTo("InvalidAction");
        assertThat(seen).containsExactly("1 counter", "2 counter", "3 reads", "4 reads", "5 unknown");
        assertThat(server.stats().faultsInjected()).isEqualTo(4);
    }

    @Test
    void aFaultAtAnOperationTheCloudLacksStopsTheStart() {
        assertThatThrownBy(() -> start(List.of("503@volumes")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("invalid fault spec \"503@volumes\": unknown endpoint \"volumes\"; valid endpoints: counter, reads, *");
        assertThat(server).isNull();
    }
}
