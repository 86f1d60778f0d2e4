package dev.cloudmaker.emulator.aws;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cloudmaker.emulator.kit.EmulatorFactory;
import dev.cloudmaker.emulator.kit.EmulatorOptions;
import dev.cloudmaker.emulator.kit.RunningEmulator;
import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code cloudmaker emulator aws} finds this emulator by type and tells clients how to reach it. */
class AwsEmulatorFactoryIT {

    @Test
    void theFactoryIsFoundByTypeAndItsEnvironmentReachesTheEmulator() {
        EmulatorFactory factory = EmulatorFactory.find("aws").orElseThrow();
        try (RunningEmulator running = factory.start(EmulatorOptions.defaults())) {
            Map<String, String> env = running.clientEnvironment();
            assertThat(env.keySet()).containsExactly("AWS_ENDPOINT_URL", "AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY",
                    "AWS_REGION", "AWS_DEFAULT_REGION", "AWS_EC2_METADATA_DISABLED");
            assertThat(env.get("AWS_ENDPOINT_URL")).isEqualTo(running.url().toString()).startsWith("http://127.0.0.1:");
            assertThat(running.providerSettings()).containsEntry("api_url", running.url().toString())
                    .containsEntry("region", "us-east-1");
            assertThat(running.credentials()).containsOnlyKeys("access_key_id", "secret_access_key");
            var client = new SignedAwsClient(running.url(), env.get("AWS_ACCESS_KEY_ID"), env.get("AWS_SECRET_ACCESS_KEY"),
                    env.get("AWS_REGION"), Clock.systemUTC());
            assertThat(client.ec2("DescribeVpcs", Map.of("Filter.1.Name", "isDefault", "Filter.1.Value.1", "true")).body())
                    .contains("<isDefault>true</isDefault>");
        }
    }

    @Test
    void faultsMustNameAnAwsAction() {
        EmulatorFactory factory = EmulatorFactory.find("aws").orElseThrow();
        var options = EmulatorOptions.defaults().withFaults(java.util.List.of("503@droplets=1x"));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> factory.start(options).close())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("droplets");
    }
}
