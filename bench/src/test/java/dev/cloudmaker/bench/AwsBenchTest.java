package dev.cloudmaker.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cloudmaker.emulator.kit.http.RecordedExchange;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AwsBenchTest {
    @TempDir
    Path dir;

    @Test
    void awsIsModelledWithEc2sThrottleAndAnsibleAsItsPeer() {
        var o = ProvisionScaleBenchmark.Options.parse(new String[] {"x.jar", "1", "r", "--cloud", "aws"});
        assertThat(o.cloud()).isInstanceOf(AwsBench.class);
        assertThat(o.cloud().floor().perMinute()).isEqualTo(100 + 20 * 60);
        assertThat(o.cloud().floor().serversPerCreate()).isEqualTo(1);
        assertThat(o.cloud().floor().serversPerPage()).isEqualTo(1000);
        assertThat(o.cloud().floor().recordsPerServer()).isEqualTo(1);
        assertThat(o.ansibleSizes()).containsExactly(10, 100);
        assertThat(o.nodeTritonSizes()).isEmpty();
        var quick = ProvisionScaleBenchmark.Options.parse(new String[] {"x.jar", "1", "r", "--cloud", "aws", "--quick"});
        assertThat(quick.ansibleSizes()).containsExactly(10);
        var none = ProvisionScaleBenchmark.Options.parse(new String[] {"x.jar", "1", "r", "--cloud", "aws", "--no-ansible"});
        assertThat(none.ansibleSizes()).isEmpty();
    }

    @Test
    void theDefinitionNamesEachServerInRoute53WithTheEmulatorsKey() throws Exception {
        BenchDefinition.write(dir, 2, BenchClouds.named("aws"));
        assertThat(Files.readString(dir.resolve("cloud.json"))).isEqualTo("""
                {
                  "providers": {"aws": {"type": "aws", "region": "us-east-1"}},
                  "dns": "aws",
                  "servers": {
                  "srv-001": {"region": "us-east-1", "size": "t3.micro", "image": "debian-12", "names": ["srv-001.bench.example.com"]},
                  "srv-002": {"region": "us-east-1", "size": "t3.micro", "image": "debian-12", "names": ["srv-002.bench.example.com"]}
                }
                }
                """);
        assertThat(Files.readString(dir.resolve("security.json")))
                .startsWith("{\"providers\": {\"aws\": {\"access_key_id\": \"AKIACLOUDMAKEREMU001\", \"secret_access_key\": \"")
                .contains("\"public_ssh_key\": \"ssh-ed25519 ");
    }

    @Test
    void theZoneIsThereFromTheStartAndSeedingItAgainKeepsOne() {
        try (BenchEmulator emu = BenchClouds.named("aws").start(1, false)) {
            assertThat(emu.account().zones()).containsExactly(BenchDefinition.ZONE);
            emu.seedZone(BenchDefinition.ZONE);
            assertThat(emu.account().zones()).containsExactly(BenchDefinition.ZONE);
        }
    }

    @Test
    void describeInstancesAndRecordListingsArePagesOtherCallsAreNot() {
        BenchCloud aws = BenchClouds.named("aws");
        assertThat(aws.isListPage(post("Action=DescribeInstances&Version=2016-11-15&MaxResults=1000"))).isTrue();
        assertThat(aws.isListPage(post("Version=2016-11-15&Action=DescribeInstances"))).isTrue();
        assertThat(aws.isListPage(post("Action=DescribeInstanceStatus&Version=2016-11-15"))).isFalse();
        assertThat(aws.isListPage(post("Action=RunInstances&Version=2016-11-15"))).isFalse();
        assertThat(aws.isListPage(get("/2013-04-01/hostedzone/Z123/rrset"))).isTrue();
        assertThat(aws.isListPage(get("/2013-04-01/hostedzone/Z123"))).isFalse();
    }

    private static RecordedExchange post(String body) {
        return new RecordedExchange("POST", "/", null, Map.of(), body, 200, Map.of(), "<x/>");
    }

    private static RecordedExchange get(String path) {
        return new RecordedExchange("GET", path, null, Map.of(), "", 200, Map.of(), "<x/>");
    }
}
