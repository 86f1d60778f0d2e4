package dev.cloudmaker.digitalocean;

import dev.cloudmaker.core.Secret;
import dev.cloudmaker.core.spi.Provider;
import dev.cloudmaker.core.spi.ServerRequest;
import dev.cloudmaker.emulator.digitalocean.DigitalOceanEmulator;
import java.time.Duration;

/** The emulator the facet contracts run against: boots and actions quick but not instant, so waits really wait. */
final class ContractEmulator {
    static final Duration CHANGE_TIMEOUT = Duration.ofSeconds(30);

    private ContractEmulator() {
    }

    static DigitalOceanEmulator start() {
        return DigitalOceanEmulator.builder().port(0).bootDelay(Duration.ofMillis(200))
                .actionDuration(Duration.ofMillis(200)).start();
    }

    static Provider provider(DigitalOceanEmulator emu) {
        return new DigitalOceanProviderFactory().create(
                TestSettings.of(emu.baseUrl(), Secret.of("dop_v1_contract"), Duration.ofSeconds(10)));
    }

    static ServerRequest smallServer(String name) {
        return ServerRequest.builder(name, "nyc3", "s-1vcpu-1gb", "debian-12-x64").build();
    }
}
