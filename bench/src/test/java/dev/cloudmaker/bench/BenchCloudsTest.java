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
        assertThat(installed.split(", ")).contains("digitalocean", "triton");
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

    @Test
    void tritonIsModelledWithNodeTritonAsItsPeerAndNoAnsible() {
        var o = ProvisionScaleBenchmark.Options.parse(new String[] {"x.jar", "1", "r", "--cloud", "triton"});
        assertThat(o.cloud().type()).isEqualTo("triton");
        assertThat(o.cloud().floor().serversPerCreate()).isEqualTo(1);
        assertThat(o.cloud().floor().recordsPerServer()).isZero();
        assertThat(o.nodeTritonSizes()).containsExactly(10, 100);
        assertThat(o.ansibleSizes()).isEmpty();
        var quick = ProvisionScaleBenchmark.Options.parse(new String[] {"x.jar", "1", "r", "--cloud", "triton", "--quick"});
        assertThat(quick.nodeTritonSizes()).containsExactly(10);
        var none = ProvisionScaleBenchmark.Options.parse(new String[] {"x.jar", "1", "r", "--cloud", "triton", "--no-node-triton"});
        assertThat(none.nodeTritonSizes()).isEmpty();
        assertThat(ProvisionScaleBenchmark.Options.parse(new String[] {"x.jar", "1", "r"}).nodeTritonSizes()).isEmpty();
    }

    @Test
    void theTritonDefinitionHasNoNamesAndSignsWithTheBenchmarksKey() throws Exception {
        TritonBench triton = (TritonBench) BenchClouds.named("triton");
        BenchDefinition.write(dir, 2, triton);
        assertThat(Files.readString(dir.resolve("cloud.json"))).isEqualTo("""
                {
                  "providers": {"triton": {"type": "triton", "url": "http://127.0.0.1:9", "account": "bench"}},
                  "servers": {
                  "srv-001": {"region": "emu-1", "size": "g1.nano", "image": "debian-12"},
                  "srv-002": {"region": "emu-1", "size": "g1.nano", "image": "debian-12"}
                }
                }
                """);
        var key = triton.signingKey();
        assertThat(Files.readString(dir.resolve("security.json")))
                .startsWith("{\"providers\": {\"triton\": {\"key_id\": \"" + key.publicKey().md5Fingerprint()
                        + "\", \"private_key_file\": \"" + key.file().orElseThrow() + "\"}}, \"public_ssh_key\": \"ssh-ed25519 ");
    }

    @Test
    void aSeededTritonMachineIsInTheNamespaceAndAListingIsAPage() {
        TritonBench triton = (TritonBench) BenchClouds.named("triton");
        try (BenchEmulator emu = triton.start(1, false)) {
            emu.seedServer("srv-001", java.util.List.of(triton.namespaceTag("default")));
            assertThat(emu.account().servers()).singleElement().satisfies(s -> {
                assertThat(s.name()).isEqualTo("srv-001");
                assertThat(s.running()).isTrue();
                assertThat(s.tags()).contains("cloudmaker.namespace=default");
            });
            var page = new dev.cloudmaker.emulator.kit.http.RecordedExchange("GET", "/bench/machines", "limit=1000&offset=0",
                    java.util.Map.of(), "", 200, java.util.Map.of(), "[]");
            var one = new dev.cloudmaker.emulator.kit.http.RecordedExchange("GET", "/bench/machines/abc", null,
                    java.util.Map.of(), "", 200, java.util.Map.of(), "{}");
            assertThat(triton.isListPage(page)).isTrue();
            assertThat(triton.isListPage(one)).isFalse();
        }
    }
}
