package dev.cloudmaker.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cloudmaker.emulator.kit.http.RecordedExchange;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OpenStackBenchTest {
    @TempDir
    Path dir;

    @Test
    void openStackIsModelledWithTheOpenStackCliAsItsPeer() {
        var o = ProvisionScaleBenchmark.Options.parse(new String[] {"x.jar", "1", "r", "--cloud", "openstack"});
        assertThat(o.cloud()).isInstanceOf(OpenStackBench.class);
        assertThat(o.cloud().floor().serversPerCreate()).isEqualTo(1);
        assertThat(o.cloud().floor().serversPerPage()).isEqualTo(1000);
        assertThat(o.cloud().floor().recordsPerServer()).isEqualTo(2);
        assertThat(o.openStackCliSizes()).containsExactly(10, 100);
        assertThat(o.nodeTritonSizes()).isEmpty();
        assertThat(o.ansibleSizes()).isEmpty();
        var quick = ProvisionScaleBenchmark.Options.parse(new String[] {"x.jar", "1", "r", "--cloud", "openstack", "--quick"});
        assertThat(quick.openStackCliSizes()).containsExactly(10);
        var none = ProvisionScaleBenchmark.Options.parse(new String[] {"x.jar", "1", "r", "--cloud", "openstack",
            "--no-openstack-cli"});
        assertThat(none.openStackCliSizes()).isEmpty();
        assertThat(ProvisionScaleBenchmark.Options.parse(new String[] {"x.jar", "1", "r"}).openStackCliSizes()).isEmpty();
    }

    @Test
    void theDefinitionNamesEachServerInDesignateAndLogsInByPassword() throws Exception {
        BenchDefinition.write(dir, 2, BenchClouds.named("openstack"));
        assertThat(Files.readString(dir.resolve("cloud.json"))).isEqualTo("""
                {
                  "providers": {"openstack": {"type": "openstack", "auth_url": "http://127.0.0.1:9/identity/v3"}},
                  "dns": "openstack",
                  "servers": {
                  "srv-001": {"region": "RegionOne", "size": "m1.tiny", "image": "debian-12", "names": ["srv-001.bench.example.com"]},
                  "srv-002": {"region": "RegionOne", "size": "m1.tiny", "image": "debian-12", "names": ["srv-002.bench.example.com"]}
                }
                }
                """);
        assertThat(Files.readString(dir.resolve("security.json"))).startsWith("{\"providers\": {\"openstack\": {\"username\":"
                + " \"demo\", \"password\": \"secret\", \"project_name\": \"demo\", \"user_domain_name\": \"Default\","
                + " \"project_domain_name\": \"Default\"}}, \"public_ssh_key\": \"ssh-ed25519 ");
    }

    @Test
    void theEmulatorIsReachedThroughKeystoneAndTheCliLogsInToIt() {
        try (BenchEmulator emu = BenchClouds.named("openstack").start(1, false)) {
            assertThat(emu.url().toString()).startsWith("http://127.0.0.1:").endsWith("/identity/v3");
            String yaml = OpenStackCliProvisionBenchmark.cloudsYaml(((OpenStackBenchEmulator) emu).emu());
            assertThat(yaml).contains("auth_url: \"" + emu.url() + "\"", "username: \"demo\"", "project_name: \"demo\"",
                    "region_name: \"RegionOne\"");
        }
    }

    @Test
    void collectionsArePagesAndSingleResourcesAreNot() {
        OpenStackBench cloud = new OpenStackBench();
        assertThat(cloud.isListPage(get("/compute/v2.1/servers/detail", 200))).isTrue();
        assertThat(cloud.isListPage(get("/dns/v2/zones/abc/recordsets", 200))).isTrue();
        assertThat(cloud.isListPage(get("/networking/v2.0/security-groups", 200))).isTrue();
        assertThat(cloud.isListPage(get("/compute/v2.1/servers/abc", 200))).isFalse();
        assertThat(cloud.isListPage(get("/dns/v2/zones/abc", 200))).isFalse();
        assertThat(cloud.isListPage(get("/compute/v2.1/servers/detail", 401))).isFalse();
    }

    @Test
    void theCliScriptMakesTheZoneThenEachServerAndItsTwoRecordsTenAtATime() {
        assertThat(OpenStackCliProvisionBenchmark.script()).contains(
                "export IMAGE=$(\"$OS\" image list --name debian-12 --sort created_at:desc --limit 1 -f value -c ID)",
                "zone create --email hostmaster@example.com -f value -c id example.com.",
                "xargs -P 10 -I NAME bash server.sh NAME < names.txt");
        assertThat(OpenStackCliProvisionBenchmark.serverScript()).contains(
                "server create --image \"$IMAGE\" --flavor m1.tiny --wait -f value -c addresses \"$1\"",
                "recordset create --type A --record \"$v4\" -f value -c id example.com. \"$1.bench\"",
                "recordset create --type AAAA --record \"$v6\" -f value -c id example.com. \"$1.bench\"");
    }

    private static RecordedExchange get(String path, int status) {
        return new RecordedExchange("GET", path, null, Map.of(), "", status, Map.of(), "{}");
    }
}
