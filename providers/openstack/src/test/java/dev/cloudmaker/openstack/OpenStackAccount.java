package dev.cloudmaker.openstack;

import dev.cloudmaker.core.spi.Provider;
import dev.cloudmaker.core.spi.ProviderCredentials;
import dev.cloudmaker.core.spi.ProviderSettings;
import dev.cloudmaker.core.spi.ServerRequest;
import dev.cloudmaker.emulator.openstack.OpenStackEmulatorBuilder;
import dev.cloudmaker.emulator.openstack.OpenStackFixture;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * An OpenStack emulator and a clouds.yaml naming it, as a user's {@code ~/.config/openstack/clouds.yaml} does:
 * providers made from it go through {@link OpenStackProviderFactory} with only {@code "cloud"} set.
 */
final class OpenStackAccount implements AutoCloseable {
    static final Duration CHANGE_TIMEOUT = Duration.ofSeconds(30);

    private final OpenStackFixture fixture;
    private final Path home;

    private OpenStackAccount(OpenStackFixture fixture, Path home) {
        this.fixture = fixture;
        this.home = home;
    }

    /** Boots, actions and DNS quick but not instant, so waits really wait. */
    static OpenStackAccount start() {
        return start(b -> b.bootDelay(Duration.ofMillis(200)).actionDuration(Duration.ofMillis(200))
                .dnsDelay(Duration.ofMillis(100)));
    }

    static OpenStackAccount start(UnaryOperator<OpenStackEmulatorBuilder> settings) {
        try {
            Path home = Files.createTempDirectory("openstack-home");
            OpenStackFixture fixture = OpenStackFixture.start(b -> settings.apply(b.port(0)));
            fixture.cloudsYaml(home.resolve(".config/openstack"));
            return new OpenStackAccount(fixture, home);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    OpenStackFixture fixture() {
        return fixture;
    }

    Provider provider() {
        return new OpenStackProviderFactory().create(settings());
    }

    /** Only the cloud's name, the clouds.yaml found under HOME as openstacksdk finds it. */
    ProviderSettings settings() {
        return new ProviderSettings("os", Map.of(OpenStackSettings.CLOUD, OpenStackFixture.CLOUD), ProviderCredentials.NONE,
                Duration.ofSeconds(10), Map.of("HOME", home.toString()), notice -> { });
    }

    static ServerRequest smallServer(String name) {
        return ServerRequest.builder(name, null, "m1.tiny", "debian-12").build();
    }

    @Override
    public void close() {
        fixture.close();
    }
}
