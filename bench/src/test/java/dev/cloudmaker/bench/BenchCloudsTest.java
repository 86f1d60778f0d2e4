package dev.cloudmaker.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchCloudsTest {
    @TempDir
    Path dir;

    @Test
    void digitalOceanIsTheDefaultWithItsFloor() {
        BenchCloud cloud = BenchClouds.named(BenchClouds.DEFAULT);
        assertThat(cloud.type()).isEqualTo("digitalocean");
        assertThat(cloud.floor().perMinute()).isEqualTo(250);
        assertThat(cloud.floor().serversPerCreate()).isEqualTo(10);
    }

    @Test
    void anUnknownCloudIsAUsageErrorListingTheInstalledEmulators() {
        String installed = String.join(", ", dev.cloudmaker.emulator.kit.EmulatorFactory.installed().stream()
                .map(dev.cloudmaker.emulator.kit.EmulatorFactory::type).toList());
        assertThat(installed).startsWith("digitalocean");
        assertThatThrownBy(() -> BenchClouds.named("nimbus")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unknown cloud \"nimbus\" for --cloud; installed emulator types: " + installed);
        assertThatThrownBy(() -> ProvisionScaleBenchmark.Options.parse(new String[] {"x.jar", "1", "r", "--cloud", "nimbus"}))
                .hasMessageContaining("installed emulator types: " + installed);
    }

    @Test
    void ansibleSizesOnlyOnDigitalOcean() {
        var o = ProvisionScaleBenchmark.Options.parse(new String[] {"x.jar", "1", "r", "--cloud", "digitalocean", "--quick"});
        assertThat(o.cloud().type()).isEqualTo("digitalocean");
        assertThat(o.ansibleSizes()).containsExactly(10);
    }

    @Test
    void theSeedFormatForDigitalOcean() throws Exception {
        BenchDefinition.write(dir, 2, BenchClouds.named("digitalocean"));
        assertThat(Files.readString(dir.resolve("cloud.json"))).isEqualTo("""
                {
                  "srv-001": {"region": "nyc3", "size": "s-1vcpu-1gb", "image": "debian-12-x64", "names": ["srv-001.bench.example.com"]},
                  "srv-002": {"region": "nyc3", "size": "s-1vcpu-1gb", "image": "debian-12-x64", "names": ["srv-002.bench.example.com"]}
                }
                """);
        assertThat(Files.readString(dir.resolve("security.json")))
                .startsWith("{\"digital_ocean_api_key\": \"bench-token\", \"public_ssh_key\": \"ssh-ed25519 ")
                .endsWith(" bench@example.com\"}\n");
    }
}
