package dev.cloudmaker.digitalocean;

import dev.cloudmaker.core.spi.Provider;
import dev.cloudmaker.emulator.digitalocean.DigitalOceanEmulator;
import dev.cloudmaker.testkit.contract.KeyContract;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The key contract against the emulator; every test works in a namespace of its own on one emulator. */
class DigitalOceanKeyContractIT extends KeyContract {
    private static DigitalOceanEmulator emu;

    @BeforeAll
    static void start() {
        emu = ContractEmulator.start();
    }

    @AfterAll
    static void stop() {
        emu.close();
    }

    @Override
    protected Provider provider() {
        return ContractEmulator.provider(emu);
    }

    @Override
    protected Duration changeTimeout() {
        return ContractEmulator.CHANGE_TIMEOUT;
    }
}
