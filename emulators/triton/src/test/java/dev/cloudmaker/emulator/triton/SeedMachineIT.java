package dev.cloudmaker.emulator.triton;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cloudmaker.core.time.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** {@link TritonEmulator#seedMachine}: a machine made before the test, running at once, as the API shows any other. */
class SeedMachineIT {
    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-01T10:00:00Z"));
    private final TritonFixture fixture = TritonFixture.start(clock, b -> b.bootDelay(Duration.ofSeconds(30)));

    @AfterEach
    void stop() {
        fixture.close();
    }

    @Test
    void aSeededMachineRunsAtOnceWithAddressesItsNewestImageAndTextTags() {
        String id = fixture.emulator().seedMachine("db1", "g1.nano", "base-64-lts", Map.of("cloudmaker.namespace", "other"));

        JsonNode machine = SignedClient.json(fixture.client().get("/alice/machines/" + id));
        assertThat(machine.get("name").asText()).isEqualTo("db1");
        assertThat(machine.get("state").asText()).as("no boot to wait for").isEqualTo("running");
        assertThat(machine.get("package").asText()).isEqualTo("g1.nano");
        assertThat(machine.get("image").asText()).as("base-64-lts 22.4.0, the newest").isEqualTo("e44ed3e0-910b-11ed-a5d4-00151714048c");
        assertThat(machine.get("primaryIp").asText()).startsWith("203.0.113.");
        assertThat(machine.get("tags").get("cloudmaker.namespace").asText()).isEqualTo("other");
        JsonNode listed = SignedClient.json(fixture.client().get("/alice/machines?tag.cloudmaker.namespace=other"));
        assertThat(listed).hasSize(1);
    }

    @Test
    void anUnknownImageOrPackageIsRefused() {
        assertThatThrownBy(() -> fixture.emulator().seedMachine("db1", "g1.nano", "debian-11", Map.of()))
                .hasMessageContaining("debian-11");
        assertThatThrownBy(() -> fixture.emulator().seedMachine("db1", "g9.huge", "debian-12", Map.of()))
                .hasMessageContaining("g9.huge");
        assertThat(fixture.emulator().account().servers()).isEmpty();
    }
}
