package dev.cloudmaker.emulator.digitalocean;

import static dev.cloudmaker.emulator.digitalocean.TestApi.json;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cloudmaker.core.time.MutableClock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StateFileIT {
    @TempDir
    Path dir;

    @Test
    void stateSurvivesARestart() throws Exception {
        Path file = dir.resolve("do-state.json");
        MutableClock clock = new MutableClock(Instant.parse("2026-01-01T00:00:00Z"));
        List<EmuDroplet> before;
        try (var emu = DigitalOceanEmulator.builder().port(0).clock(clock).stateFile(file).start()) {
            TestApi api = new TestApi(emu);
            api.post("/v2/droplets", """
                    {"names":["s1","s2"],"region":"tor1","size":"s-1vcpu-1gb","image":"debian-12-x64","tags":["keep"]}""");
            api.post("/v2/domains", "{\"name\":\"example.org\"}");
            api.post("/v2/account/keys", "{\"name\":\"k\",\"public_key\":\"" + TestApi.sshKey(9) + "\"}");
            assertThat(file).exists();
            clock.advance(Duration.ofSeconds(3));
            before = emu.droplets();
        }
        try (var emu = DigitalOceanEmulator.builder().port(0).clock(clock).stateFile(file).start()) {
            assertThat(emu.droplets()).isEqualTo(before);
            assertThat(emu.domains()).containsExactly("example.org");
            assertThat(emu.keys()).hasSize(1);
            TestApi api = new TestApi(emu);
            assertThat(json(api.get("/v2/droplets?tag_name=keep")).get("meta").get("total").asInt()).isEqualTo(2);
            long id = json(api.post("/v2/droplets", """
                    {"name":"s3","region":"tor1","size":"s-1vcpu-1gb","image":"debian-12-x64"}""")).get("droplet").get("id").asLong();
            assertThat(before).extracting(EmuDroplet::id).doesNotContain(id);
        }
        assertThat(Files.list(dir)).containsExactly(file); // no temp files left behind
    }
}
