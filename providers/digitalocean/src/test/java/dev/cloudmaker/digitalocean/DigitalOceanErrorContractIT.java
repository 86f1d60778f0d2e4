package dev.cloudmaker.digitalocean;

import dev.cloudmaker.core.Secret;
import dev.cloudmaker.core.spi.Provider;
import dev.cloudmaker.emulator.digitalocean.DigitalOceanEmulator;
import dev.cloudmaker.testkit.contract.ErrorContract;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The DigitalOcean provider keeps the error contract, against the emulator (404s for what is not there). */
class DigitalOceanErrorContractIT extends ErrorContract {
    private static DigitalOceanEmulator emu;

    @BeforeAll
    static void start() {
        emu = DigitalOceanEmulator.builder().start();
    }

    @AfterAll
    static void stop() {
        emu.close();
    }

    @Override
    protected Provider provider() {
        return new DigitalOceanProviderFactory().create(TestSettings.of(emu.baseUrl(), Secret.of("dop_v1_contract"), Duration.ofSeconds(10)));
    }

    @Override
    protected List<String> unknownServerIds() {
        return List.of("999999999", "not-a-droplet-id");
    }

    @Override
    protected String unknownKeyId() {
        return "999999998";
    }

    @Override
    protected String unknownImageId() {
        return "999999997";
    }
}
