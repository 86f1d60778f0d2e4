package dev.cloudmaker.digitalocean;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cloudmaker.api.Cloud;
import dev.cloudmaker.api.Namespace;
import dev.cloudmaker.core.Secret;
import dev.cloudmaker.core.spi.CloudServer;
import dev.cloudmaker.core.spi.PowerAction;
import dev.cloudmaker.core.spi.ProviderSettings;
import dev.cloudmaker.core.spi.ServerRequest;
import dev.cloudmaker.core.spi.ServerStatus;
import dev.cloudmaker.emulator.digitalocean.DigitalOceanEmulator;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A stop is a clean shutdown, and a hard power-off only when the guest does not go down by itself. */
class DropletPowerIT {
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    @Test
    void aGuestThatShutsDownIsNeverPoweredOff() {
        assertThat(actionsSentToStop(false)).containsExactly("shutdown");
    }

    @Test
    void aGuestIgnoringTheShutdownIsPoweredOff() {
        assertThat(actionsSentToStop(true)).containsExactly("shutdown", "power_off");
    }

    /** Stops a running droplet, checks it ends off, and returns the droplet actions that took. */
    private static List<String> actionsSentToStop(boolean shutdownIgnored) {
        try (DigitalOceanEmulator emu = EmulatedCloud.emulator().shutdownIgnored(shutdownIgnored).recordExchanges(true).start();
             Cloud cloud = Cloud.of(new DigitalOceanProviderFactory().create(
                     TestSettings.of(emu.baseUrl(), Secret.of("dop_v1_test"), Duration.ofSeconds(10))))) {
            Namespace ns = cloud.namespace("power");
            CloudServer server = ns.waitUntil(ns.create(ServerRequest.builder("web", "nyc3", "s-1vcpu-1gb", "debian-12-x64").build()), ServerStatus.ACTIVE, TIMEOUT);
            int before = emu.exchanges().size();

            ns.power(server, PowerAction.STOP, TIMEOUT);

            assertThat(ns.waitUntil(server, ServerStatus.OFF, TIMEOUT).status()).isEqualTo(ServerStatus.OFF);
            return emu.exchanges().subList(before, emu.exchanges().size()).stream()
                    .filter(x -> x.method().equals("POST") && x.path().endsWith("/actions") && x.status() == 201)
                    .map(x -> x.requestBody().replaceAll(".*\"type\"\\s*:\\s*\"([a-z_]+)\".*", "$1"))
                    .toList();
        }
    }
}
