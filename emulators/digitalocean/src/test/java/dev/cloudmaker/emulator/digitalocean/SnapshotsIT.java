package dev.cloudmaker.emulator.digitalocean;

import static dev.cloudmaker.emulator.digitalocean.TestApi.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cloudmaker.core.time.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Snapshots listed per account and per droplet, used as images, deleted; shutdown as the guest answers it. */
class SnapshotsIT {
    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-01T12:00:00Z"));

    private DigitalOceanEmulator emulator(boolean shutdownIgnored) {
        return DigitalOceanEmulator.builder().port(0).clock(clock).actionDuration(Duration.ofSeconds(5))
                .shutdownIgnored(shutdownIgnored).rateLimitPerMinute(0).start();
    }

    @Test
    void aSnapshotIsListedTwiceMakesADropletAndIsDeleted() throws Exception {
        try (var emu = emulator(false)) {
            TestApi api = new TestApi(emu);
            long id = emu.seedDroplet("db", "nyc3", "s-1vcpu-1gb", "debian-12-x64", List.of());
            api.post("/v2/droplets/" + id + "/actions", "{\"type\":\"snapshot\",\"name\":\"db-snap\"}");
            assertThat(json(api.get("/v2/snapshots")).get("snapshots")).as("not before the action ends").isEmpty();
            clock.advance(Duration.ofSeconds(5));

            JsonNode own = json(api.get("/v2/droplets/" + id + "/snapshots")).get("snapshots");
            assertThat(own).singleElement().satisfies(s -> {
                assertThat(s.get("id").isIntegralNumber()).isTrue();
                assertThat(s.get("type").asText()).isEqualTo("snapshot");
                assertThat(s.get("name").asText()).isEqualTo("db-snap");
            });
            String snapshotId = own.get(0).get("id").asText();
            JsonNode listed = json(api.get("/v2/snapshots?resource_type=droplet")).get("snapshots");
            assertThat(listed).singleElement().satisfies(s -> {
                assertThat(s.get("id").asText()).isEqualTo(snapshotId);
                assertThat(s.get("resource_id").asText()).isEqualTo(Long.toString(id));
                assertThat(s.get("regions").get(0).asText()).isEqualTo("nyc3");
            });
            assertThat(json(api.get("/v2/snapshots?resource_type=volume")).get("snapshots")).isEmpty();

            var copy = api.post("/v2/droplets", """
                    {"name":"db-copy","region":"nyc3","size":"s-1vcpu-1gb","image":%s}""".formatted(snapshotId));
            assertThat(copy.statusCode()).isEqualTo(202);
            long copyId = json(copy).get("droplet").get("id").asLong();

            assertThat(api.delete("/v2/snapshots/" + snapshotId).statusCode()).isEqualTo(204);
            assertThat(api.delete("/v2/snapshots/" + snapshotId).statusCode()).isEqualTo(404);
            assertThat(json(api.get("/v2/snapshots")).get("snapshots")).isEmpty();
            var madeFromDeleted = api.get("/v2/droplets/" + copyId);
            assertThat(madeFromDeleted.statusCode()).isEqualTo(200);
            assertThat(json(madeFromDeleted).get("droplet").get("image").get("id").asText()).isEqualTo(snapshotId);
        }
    }

    @Test
    void aShutdownStopsTheDropletUnlessTheGuestIgnoresIt() throws Exception {
        try (var polite = emulator(false); var stubborn = emulator(true)) {
            assertThat(shutdown(polite)).containsExactly("completed", "off");
            assertThat(shutdown(stubborn)).containsExactly("errored", "active");
        }
    }

    /** The shutdown action's final status and the droplet's status after it. */
    private List<String> shutdown(DigitalOceanEmulator emu) throws Exception {
        TestApi api = new TestApi(emu);
        long id = emu.seedDroplet("web", "nyc3", "s-1vcpu-1gb", "debian-12-x64", List.of());
        long action = json(api.post("/v2/droplets/" + id + "/actions", "{\"type\":\"shutdown\"}")).get("action").get("id").asLong();
        clock.advance(Duration.ofSeconds(5));
        return List.of(json(api.get("/v2/actions/" + action)).get("action").get("status").asText(),
                json(api.get("/v2/droplets/" + id)).get("droplet").get("status").asText());
    }
}
