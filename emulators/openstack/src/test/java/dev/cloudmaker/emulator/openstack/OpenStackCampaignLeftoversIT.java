package dev.cloudmaker.emulator.openstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What the campaigns count as a namespace's leftovers on OpenStack, and what they leave to others. */
class OpenStackCampaignLeftoversIT {
    private static final String KEY = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIMHEo3EtWoxYng3xN8Lmy/tPsRYnLO/r70pHhMObpeZ2";

    @Test
    void theNamespacesGroupsKeysAndFloatingIpsOnNoPortAreLeftOversAndOthersAreNot() {
        try (OpenStackFixture fixture = OpenStackFixture.start(b -> b)) {
            OsTestClient api = fixture.client();
            for (String group : List.of("cloudmaker-shop", "cloudmaker-shop-web", "cloudmaker-shopping", "web")) {
                assertThat(api.post("/networking/v2.0/security-groups", "{\"security_group\":{\"name\":\"" + group
                        + "\",\"description\":\"g\"}}").statusCode()).isEqualTo(201);
            }
            for (String key : List.of("cloudmaker_shop_admin", "cloudmaker_shopping_admin", "admin")) {
                assertThat(api.post("/compute/v2.1/os-keypairs", "{\"keypair\":{\"name\":\"" + key + "\",\"public_key\":\""
                        + KEY + "\"}}").statusCode()).isEqualTo(200);
            }
            String address = OsTestClient.json(api.post("/networking/v2.0/floatingips", "{\"floatingip\":{"
                    + "\"floating_network_id\":\"" + fixture.emulator().publicNetworkId() + "\"}}"))
                    .at("/floatingip/floating_ip_address").asText();
            fixture.emulator().seedServer("web-1", "m1.small", "debian-12", List.of("cloudmaker:shop"), Map.of());

            assertThat(new OpenStackCampaignEmulator(fixture.emulator()).namespaceLeftovers("shop")).containsExactlyInAnyOrder(
                    "floating IP " + address + " on no port", "security group cloudmaker-shop",
                    "security group cloudmaker-shop-web", "key pair cloudmaker_shop_admin");
            assertThat(fixture.emulator().detachedPorts()).as("a running server's port is attached").isEmpty();
        }
    }
}
