package dev.cloudmaker.aws;

import dev.cloudmaker.core.Secret;
import dev.cloudmaker.core.spi.Provider;
import dev.cloudmaker.core.spi.ProviderCredentials;
import dev.cloudmaker.core.spi.ProviderSettings;
import dev.cloudmaker.core.spi.ServerRequest;
import dev.cloudmaker.emulator.aws.AwsEmulator;
import dev.cloudmaker.emulator.aws.AwsEmulatorBuilder;
import java.time.Duration;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * An AWS emulator verifying SigV4 with its own keys, and providers made from it through {@link AwsProviderFactory}
 * as cloud.json and security.json give them: {@code region} and {@code api_url}, {@code access_key_id} and
 * {@code secret_access_key}.
 */
final class AwsAccount implements AutoCloseable {
    static final String REGION = "eu-west-1";
    static final Duration CHANGE_TIMEOUT = Duration.ofSeconds(30);

    private final AwsEmulator emulator;

    private AwsAccount(AwsEmulator emulator) {
        this.emulator = emulator;
    }

    /** Boots and power changes quick but not instant, so waits really wait. */
    static AwsAccount start() {
        return start(b -> b.bootDelay(Duration.ofMillis(200)).actionDuration(Duration.ofMillis(200)));
    }

    static AwsAccount start(UnaryOperator<AwsEmulatorBuilder> settings) {
        return new AwsAccount(settings.apply(AwsEmulator.builder().port(0).region(REGION)).start());
    }

    AwsEmulator emulator() {
        return emulator;
    }

    Provider provider() {
        return new AwsProviderFactory().create(settings(Map.of(
                AwsProviderFactory.ACCESS_KEY_ID, Secret.of(emulator.accessKeyId()),
                AwsProviderFactory.SECRET_ACCESS_KEY, Secret.of(emulator.secretAccessKey()))));
    }

    ProviderSettings settings(Map<String, Secret> credentials) {
        return new ProviderSettings("aws1", Map.of(AwsProviderFactory.REGION, REGION,
                AwsProviderFactory.API_URL, emulator.baseUrl().toString()), new ProviderCredentials(credentials),
                Duration.ofSeconds(10), Map.of(), notice -> { });
    }

    static ServerRequest smallServer(String name) {
        return ServerRequest.builder(name, REGION, "t3.micro", "debian-12").build();
    }

    @Override
    public void close() {
        emulator.close();
    }
}
