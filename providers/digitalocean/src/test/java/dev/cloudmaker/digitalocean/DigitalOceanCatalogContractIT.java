package dev.cloudmaker.digitalocean;

import dev.cloudmaker.core.Secret;
import dev.cloudmaker.core.spi.Catalog;
import dev.cloudmaker.core.spi.Provider;
import dev.cloudmaker.emulator.digitalocean.DigitalOceanEmulator;
import dev.cloudmaker.testkit.contract.CatalogContract;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The DigitalOcean provider keeps the catalog contract, against the emulator. */
class DigitalOceanCatalogContractIT extends CatalogContract {
    private static DigitalOceanEmulator emu;
    private static Provider provider;

    @BeforeAll
    static void start() {
        emu = DigitalOceanEmulator.builder().start();
        provider = new DigitalOceanProviderFactory().create(TestSettings.of(emu.baseUrl(), Secret.of("dop_v1_contract"), Duration.ofSeconds(10)));
    }

    @AfterAll
    static void stop() {
        provider.close();
        emu.close();
    }

    @Override
    protected Catalog catalog() {
        return provider.catalog();
    }
}
