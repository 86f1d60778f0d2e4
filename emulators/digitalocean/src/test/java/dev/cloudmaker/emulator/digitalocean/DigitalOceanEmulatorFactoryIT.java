package dev.cloudmaker.emulator.digitalocean;

import static dev.cloudmaker.emulator.digitalocean.TestApi.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cloudmaker.core.time.MutableClock;
import dev.cloudmaker.emulator.kit.EmulatedServer;
import dev.cloudmaker.emulator.kit.EmulatorFactory;
import dev.cloudmaker.emulator.kit.EmulatorOption;
import dev.cloudmaker.emulator.kit.EmulatorOptions;
import dev.cloudmaker.emulator.kit.RunningEmulator;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The emulator started by type, as the CLI and the sandbox start it. */
class DigitalOceanEmulatorFactoryIT {
    @TempDir
    Path dir;

    private final EmulatorFactory factory = EmulatorFactory.find("digitalocean").orElseThrow();

    @Test
    void isFoundByTypeAndHonoursEveryOption() {
        assertThat(EmulatorFactory.installed()).extracting(EmulatorFactory::type).contains("digitalocean");
        assertThat(factory.options()).extracting(EmulatorOption::flag).containsExactly(EmulatorOption.PORT,
                EmulatorOption.STATE, EmulatorOption.BOOT_DELAY, EmulatorOption.LATENCY, EmulatorOption.RATE_LIMIT,
                EmulatorOption.FAULT, EmulatorOption.SEED);
        assertThat(EmulatorFactory.find("no-such-cloud")).isEmpty();
    }

    @Test
    void tellsClientsWhereItIsAndTakesTheTokenItHandsOut() throws Exception {
        try (RunningEmulator emu = factory.start(EmulatorOptions.defaults().withBootDelay(Duration.ZERO))) {
            String url = emu.url().toString();
            assertThat(url).startsWith("http://127.0.0.1:");
            assertThat(emu.providerSettings()).containsExactly(Map.entry("api_url", url));
            assertThat(emu.clientEnvironment()).containsKeys("DIGITALOCEAN_API_URL", "DIGITALOCEAN_TOKEN")
                    .containsEntry("DIGITALOCEAN_API_URL", url);
            TestApi api = new TestApi(URI.create(emu.clientEnvironment().get("DIGITALOCEAN_API_URL")),
                    emu.credentials().get("token"));
            assertThat(api.get("/v2/account").statusCode()).isEqualTo(200);
            api.post("/v2/droplets", """
                    {"name":"web-1","region":"fra1","size":"s-1vcpu-1gb","image":"debian-12-x64","tags":["env:ci"]}""");
            assertThat(emu.account().servers()).singleElement().satisfies(s -> {
                assertThat(s.name()).isEqualTo("web-1");
                assertThat(s.tags()).containsExactly("env:ci");
            });
        }
    }

    @Test
    void keepsItsStateRateLimitAndFaultsAsAsked() throws Exception {
        EmulatorOptions options = EmulatorOptions.defaults().withStateFile(dir.resolve("do.json"))
                .withRateLimitPerMinute(2).withFaults(List.of("503@regions=1x")).withSeed(9);
        try (RunningEmulator emu = factory.start(options)) {
            TestApi api = new TestApi(emu.url(), "t");
            assertThat(api.get("/v2/regions").statusCode()).as("injected, before the limit counts").isEqualTo(503);
            assertThat(api.post("/v2/domains", "{\"name\":\"example.com\"}").statusCode()).isEqualTo(201);
            assertThat(api.get("/v2/domains").statusCode()).isEqualTo(200);
            assertThat(api.get("/v2/domains").statusCode()).as("2 a minute").isEqualTo(429);
        }
        try (RunningEmulator emu = factory.start(options.withFaults(List.of()).withRateLimitPerMinute(0))) {
            assertThat(emu.account().zones()).containsExactly("example.com");
            TestApi api = new TestApi(emu.url(), "t");
            for (int i = 0; i < 10; i++) {
                assertThat(json(api.get("/v2/domains")).get("meta").get("total").asInt()).isEqualTo(1);
            }
        }
    }

    @Test
    void refusesAFaultItCannotInject() {
        assertThatThrownBy(() -> factory.start(EmulatorOptions.defaults().withFaults(List.of("503@volumes"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("unknown endpoint \"volumes\"");
        assertThatThrownBy(() -> factory.start(EmulatorOptions.defaults().withFaults(List.of("teapot"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("unknown fault kind \"teapot\"");
    }

    @Test
    void theAccountViewShowsServersAsTheyBoot() throws Exception {
        var clock = new MutableClock(Instant.parse("2026-01-01T00:00:00Z"));
        try (var emu = DigitalOceanEmulator.builder().clock(clock).bootDelay(Duration.ofSeconds(5)).start()) {
            long seeded = emu.seedDroplet("db", "nyc3", "s-1vcpu-1gb", "debian-12-x64", List.of("cloudmaker:prod"));
            emu.seedDomain("example.org");
            emu.seedRecord("example.org", "A", "db", "203.0.113.9");
            TestApi api = new TestApi(emu);
            api.post("/v2/droplets", """
                    {"name":"web","region":"nyc3","size":"s-1vcpu-1gb","image":"debian-12-x64"}""");
            api.post("/v2/account/keys", "{\"name\":\"k\",\"public_key\":\"" + TestApi.sshKey(4) + "\"}");

            List<EmulatedServer> servers = emu.account().servers();
            assertThat(servers).extracting(EmulatedServer::name).containsExactly("db", "web");
            EmulatedServer db = servers.get(0);
            assertThat(db.id()).isEqualTo(Long.toString(seeded));
            assertThat(db).extracting(EmulatedServer::region, EmulatedServer::size, EmulatedServer::image,
                    EmulatedServer::status, EmulatedServer::running).containsExactly("nyc3", "s-1vcpu-1gb",
                    "debian-12-x64", "active", true);
            assertThat(db.publicIpv4()).isEqualTo(emu.droplets().get(0).publicIpv4()).isNotNull();
            EmulatedServer web = servers.get(1);
            assertThat(web.running()).isFalse();
            assertThat(web.publicIpv4()).as("no address while new").isNull();
            clock.advance(Duration.ofSeconds(5));
            assertThat(emu.account().servers().get(1).running()).isTrue();

            assertThat(emu.account().zones()).containsExactly("example.org");
            assertThat(emu.account().records("Example.org")).anySatisfy(r -> {
                assertThat(r.type()).isEqualTo("A");
                assertThat(r.name()).isEqualTo("db");
                assertThat(r.data()).isEqualTo("203.0.113.9");
            });
            assertThat(emu.account().records("nowhere.org")).isEmpty();
            assertThat(emu.account().keys()).singleElement()
                    .satisfies(k -> assertThat(k.fingerprint()).isEqualTo(emu.keys().get(0).fingerprint()));
        }
    }
}
