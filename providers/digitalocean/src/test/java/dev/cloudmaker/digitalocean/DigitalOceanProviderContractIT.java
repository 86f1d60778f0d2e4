package dev.cloudmaker.digitalocean;

import dev.cloudmaker.core.Secret;
import dev.cloudmaker.core.spi.Provider;
import dev.cloudmaker.core.spi.ProviderSettings;
import dev.cloudmaker.core.spi.ServerRequest;
import dev.cloudmaker.emulator.digitalocean.DigitalOceanEmulator;
import dev.cloudmaker.testkit.ProviderContract;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The provider contract against the emulator; every test works in a namespace of its own on one emulator. */
class DigitalOceanProviderContractIT extends ProviderContract {
    private static DigitalOceanEmulator emu;

    @BeforeAll
    static void start() {
        emu = DigitalOceanEmulator.builder().port(0).bootDelay(Duration.ofMillis(200))
                .actionDuration(Duration.ofMillis(200)).start();
    }

    @AfterAll
    static void stop() {
        emu.close();
    }

    @Override
    protected Provider provider() {
        return new DigitalOceanProviderFactory().create(
                TestSettings.of(emu.baseUrl(), Secret.of("dop_v1_contract"), Duration.ofSeconds(10)));
    }

    @Override
    protected ServerRequest smallServer(String name) {
        return ServerRequest.builder(name, "nyc3", "s-1vcpu-1gb", "debian-12-x64").build();
    }

    @Override
    protected String otherSize() {
        return "s-2vcpu-4gb";
    }

    @Override
    protected Duration changeTimeout() {
        return Duration.ofSeconds(30);
    }
}
