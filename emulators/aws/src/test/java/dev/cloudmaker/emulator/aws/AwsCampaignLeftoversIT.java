package dev.cloudmaker.emulator.aws;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cloudmaker.core.time.MutableClock;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What the campaigns count as a namespace's leftovers on EC2, and what they leave to others. */
class AwsCampaignLeftoversIT {
    private static final String KEY = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIMHEo3EtWoxYng3xN8Lmy/tPsRYnLO/r70pHhMObpeZ2";

    @Test
    void theNamespacesGroupsKeysAndInstancesNeitherRunningNorOnTheirWayOutAreLeftOvers() {
        MutableClock clock = new MutableClock(Instant.parse("2026-03-01T10:00:00Z"));
        try (AwsFixture aws = AwsFixture.start(clock, b -> b.actionDuration(Duration.ofSeconds(10)))) {
            for (String group : List.of("cloudmaker-shop", "cloudmaker-shop-web", "cloudmaker-shopping", "web")) {
                assertThat(aws.client().ec2("CreateSecurityGroup", Map.of("GroupName", group, "GroupDescription", group))
                        .status()).isEqualTo(200);
            }
            String material = Base64.getEncoder().encodeToString(KEY.getBytes(StandardCharsets.US_ASCII));
            for (String key : List.of("cloudmaker/shop/admin", "cloudmaker/shopping/admin", "admin")) {
                assertThat(aws.client().ec2("ImportKeyPair", Map.of("KeyName", key, "PublicKeyMaterial", material))
                        .status()).isEqualTo(200);
            }
            Map<String, String> shop = Map.of(AwsCampaignFixture.NAMESPACE_TAG, "shop");
            String stopped = aws.emulator().seedInstance("t3.small", "debian-12", tagged("db", shop));
            String terminated = aws.emulator().seedInstance("t3.small", "debian-12", tagged("old", shop));
            aws.emulator().seedInstance("t3.small", "debian-12", tagged("web", shop));
            assertThat(aws.client().ec2("StopInstances", Map.of("InstanceId.1", stopped)).status()).isEqualTo(200);
            assertThat(aws.client().ec2("TerminateInstances", Map.of("InstanceId.1", terminated)).status()).isEqualTo(200);
            clock.advance(Duration.ofSeconds(10));
            String goingOut = aws.emulator().seedInstance("t3.small", "debian-12", tagged("going", shop));
            assertThat(aws.client().ec2("TerminateInstances", Map.of("InstanceId.1", goingOut)).status()).isEqualTo(200);

            assertThat(new AwsCampaignEmulator(aws.emulator()).namespaceLeftovers("shop")).as("the running one the campaign"
                    + " reports itself").containsExactlyInAnyOrder("security group cloudmaker-shop",
                    "security group cloudmaker-shop-web", "key pair cloudmaker/shop/admin",
                    "instance " + stopped + " (db) stopped");
        }
    }

    private static Map<String, String> tagged(String name, Map<String, String> tags) {
        Map<String, String> all = new LinkedHashMap<>(tags);
        all.put("Name", name);
        return all;
    }
}
