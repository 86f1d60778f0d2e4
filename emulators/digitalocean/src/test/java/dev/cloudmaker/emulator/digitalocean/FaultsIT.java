package dev.cloudmaker.emulator.digitalocean;

import static dev.cloudmaker.emulator.digitalocean.TestApi.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cloudmaker.core.time.MutableClock;
import dev.cloudmaker.emulator.kit.fault.FaultSpec;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class FaultsIT {
    private static final String CREATE = """
            {"name":"f","region":"nyc3","size":"s-1vcpu-1gb","image":"debian-12-x64"}""";

    private static DigitalOceanEmulator start(String spec, MutableClock clock) {
        return DigitalOceanEmulator.builder().port(0).clock(clock).fault(FaultSpec.parse(spec)).start();
    }

    private static MutableClock clock() {
        return new MutableClock(Instant.parse("2026-01-01T00:00:00Z"));
    }

    @Test
    void serverErrorsAreJsonAndNotApplied() throws Exception {
        for (String code : List.of("500", "502", "503", "504")) {
            try (var emu = start(code + "@droplets:POST", clock())) {
                var r = new TestApi(emu).post("/v2/droplets", CREATE);
                assertThat(r.statusCode()).isEqualTo(Integer.parseInt(code));
                assertThat(json(r).get("id").asText()).isEqualTo("server_error");
                assertThat(emu.droplets()).isEmpty();
                assertThat(new TestApi(emu).post("/v2/droplets", CREATE).statusCode()).isEqualTo(202);
                assertThat(emu.stats().faultsInjected()).isEqualTo(1);
            }
        }
    }

    @Test
    void html502AndInjected429() throws Exception {
        try (var emu = start("html-502@account", clock())) {
            var r = new TestApi(emu).get("/v2/account");
            assertThat(r.statusCode()).isEqualTo(502);
            assertThat(r.headers().firstValue("content-type")).contains("text/html");
            assertThat(r.body()).contains("502 Bad Gateway");
        }
        try (var emu = start("429@*=2x", clock())) {
            TestApi api = new TestApi(emu);
            var r = api.get("/v2/sizes");
            assertThat(r.statusCode()).isEqualTo(429);
            assertThat(r.headers().firstValue("retry-after")).contains("1");
            assertThat(api.get("/v2/sizes").statusCode()).isEqualTo(429);
            assertThat(api.get("/v2/sizes").statusCode()).isEqualTo(200);
        }
    }

    @Test
    void resetClosesTheConnectionBeforeApplying() throws Exception {
        try (var emu = start("reset@droplets:POST", clock())) {
            assertThatThrownBy(() -> new TestApi(emu).post("/v2/droplets", CREATE)).isInstanceOf(IOException.class);
            assertThat(emu.droplets()).isEmpty();
        }
    }

    @Test
    void dropReplyAppliesButNeverAnswers() throws Exception {
        try (var emu = start("drop-reply@droplets:POST", clock())) {
            assertThatThrownBy(() -> new TestApi(emu).post("/v2/droplets", CREATE)).isInstanceOf(IOException.class);
            assertThat(emu.droplets()).extracting(EmuDroplet::name).containsExactly("f");
        }
    }

    @Test
    void slowDelaysTheResponse() throws Exception {
        try (var emu = start("slow:300ms@regions", clock())) {
            long t0 = System.nanoTime();
            assertThat(new TestApi(emu).get("/v2/regions").statusCode()).isEqualTo(200);
            assertThat(Duration.ofNanos(System.nanoTime() - t0)).isGreaterThanOrEqualTo(Duration.ofMillis(300));
        }
    }

    @Test
    void staleAfterCreateHidesTheDropletForAWhile() throws Exception {
        MutableClock clock = clock();
        try (var emu = start("stale-after-create:10s", clock)) {
            TestApi api = new TestApi(emu);
            long id = json(api.post("/v2/droplets", CREATE)).get("droplet").get("id").asLong();
            assertThat(api.get("/v2/droplets/" + id).statusCode()).isEqualTo(404);
            assertThat(json(api.get("/v2/droplets")).get("meta").get("total").asInt()).isZero();
            clock.advance(Duration.ofSeconds(10));
            assertThat(api.get("/v2/droplets/" + id).statusCode()).isEqualTo(200);
            assertThat(json(api.get("/v2/droplets")).get("meta").get("total").asInt()).isEqualTo(1);
            // the fault hit only the first create
            long second = json(api.post("/v2/droplets", CREATE)).get("droplet").get("id").asLong();
            assertThat(api.get("/v2/droplets/" + second).statusCode()).isEqualTo(200);
        }
    }

    @Test
    void pendingEventRefusesDropletActions() throws Exception {
        try (var emu = start("pending-event=1x", clock())) {
            long id = emu.seedDroplet("p", "nyc3", "s-1vcpu-1gb", "debian-12-x64", List.of());
            TestApi api = new TestApi(emu);
            assertThat(api.get("/v2/droplets/" + id).statusCode()).isEqualTo(200);
            var r = api.post("/v2/droplets/" + id + "/actions", "{\"type\":\"reboot\"}");
            assertThat(r.statusCode()).isEqualTo(422);
            assertThat(json(r).get("message").asText()).isEqualTo("Droplet already has a pending event.");
            assertThat(api.post("/v2/droplets/" + id + "/actions", "{\"type\":\"reboot\"}").statusCode()).isEqualTo(201);
        }
    }

    @Test
    void stoppedFaultsNoLongerFire() throws Exception {
        try (var emu = start("503=1.0", clock())) {
            TestApi api = new TestApi(emu);
            assertThat(api.get("/v2/sizes").statusCode()).isEqualTo(503);
            emu.stopFaults();
            assertThat(api.get("/v2/sizes").statusCode()).isEqualTo(200);
        }
    }

    @Test
    void theHookSeesEveryRequestNumberedBeforeFaultsAct() throws Exception {
        try (var emu = start("reset@droplets:POST", clock())) {
            List<String> seen = new java.util.concurrent.CopyOnWriteArrayList<>();
            emu.onRequest((number, method, endpoint) -> seen.add(number + " " + method + " " + endpoint));
            TestApi api = new TestApi(emu);
            assertThatThrownBy(() -> api.post("/v2/droplets", CREATE)).isInstanceOf(IOException.class);
            api.get("/v2/sizes");
            assertThat(seen).containsExactly("1 POST droplets", "2 GET sizes");
        }
    }

    @Test
    void aFaultAtAnEndpointTheApiLacksStopsTheStart() {
        assertThatThrownBy(() -> start("503@volumes", clock()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unknown endpoint \"volumes\"").hasMessageContaining("droplet-actions");
    }
}
