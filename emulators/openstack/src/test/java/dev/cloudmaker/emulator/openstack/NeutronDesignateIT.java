package dev.cloudmaker.emulator.openstack;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cloudmaker.core.time.MutableClock;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Neutron's groups, rules and floating IPs and Designate's zones and record sets, in their services' shapes. */
class NeutronDesignateIT {
    private final MutableClock clock = new MutableClock(Instant.parse("2026-01-01T00:00:00Z"));
    private OpenStackFixture fixture;
    private OsTestClient api;

    @BeforeEach
    void start() {
        fixture = OpenStackFixture.start(b -> b.clock(clock).bootDelay(Duration.ofSeconds(1)).dnsDelay(Duration.ofSeconds(3)));
        api = fixture.client();
    }

    @AfterEach
    void stop() {
        fixture.close();
    }

    @Test
    void groupsGetEgressRulesRefuseDuplicateRulesAndStayWhileInUse() {
        JsonNode group = OsTestClient.json(api.post("/networking/v2.0/security-groups",
                "{\"security_group\":{\"name\":\"web\",\"description\":\"w\"}}")).get("security_group");
        assertThat(group.get("security_group_rules").findValuesAsText("direction")).containsOnly("egress").hasSize(2);
        String rule = "{\"security_group_rule\":{\"security_group_id\":\"" + group.get("id").asText() + "\",\"direction\":"
                + "\"ingress\",\"protocol\":\"tcp\",\"port_range_min\":22,\"port_range_max\":22,\"remote_ip_prefix\":\"0.0.0.0/0\"}}";
        assertThat(api.post("/networking/v2.0/security-group-rules", rule).statusCode()).isEqualTo(201);
        HttpResponse<String> again = api.post("/networking/v2.0/security-group-rules", rule);
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(OsTestClient.json(again).at("/NeutronError/type").asText()).isEqualTo("SecurityGroupRuleExists");
        String image = OsTestClient.json(api.get("/image/v2/images?name=rocky-9")).at("/images/0/id").asText();
        api.post("/compute/v2.1/servers", "{\"server\":{\"name\":\"s\",\"imageRef\":\"" + image + "\",\"flavorRef\":\"1\","
                + "\"security_groups\":[{\"name\":\"web\"}]}}");
        HttpResponse<String> inUse = api.delete("/networking/v2.0/security-groups/" + group.get("id").asText());
        assertThat(inUse.statusCode()).isEqualTo(409);
        assertThat(OsTestClient.json(api.get("/networking/v2.0/security-groups?name=default")).get("security_groups")).hasSize(1);
        HttpResponse<String> missing = api.get("/networking/v2.0/networks/nope");
        assertThat(OsTestClient.json(missing).at("/NeutronError/type").asText()).isEqualTo("NetworkNotFound");
    }

    @Test
    void aFloatingIpComesFromPublicAndAttachesToAServerOnPrivate() {
        String image = OsTestClient.json(api.get("/image/v2/images?name=rocky-9")).at("/images/0/id").asText();
        String id = OsTestClient.json(api.post("/compute/v2.1/servers", "{\"server\":{\"name\":\"p\",\"imageRef\":\"" + image
                + "\",\"flavorRef\":\"1\",\"networks\":[{\"uuid\":\"" + fixture.emulator().privateNetworkId() + "\"}]}}"))
                .at("/server/id").asText();
        clock.advance(Duration.ofSeconds(1));
        String port = OsTestClient.json(api.get("/networking/v2.0/ports?device_id=" + id)).at("/ports/0/id").asText();
        HttpResponse<String> onPrivate = api.post("/networking/v2.0/floatingips", "{\"floatingip\":{\"floating_network_id\":\""
                + fixture.emulator().privateNetworkId() + "\"}}");
        assertThat(onPrivate.statusCode()).isEqualTo(400);
        JsonNode fip = OsTestClient.json(api.post("/networking/v2.0/floatingips", "{\"floatingip\":{\"floating_network_id\":\""
                + fixture.emulator().publicNetworkId() + "\",\"port_id\":\"" + port + "\"}}")).get("floatingip");
        assertThat(fip.get("status").asText()).isEqualTo("ACTIVE");
        JsonNode addresses = OsTestClient.json(api.get("/compute/v2.1/servers/" + id)).at("/server/addresses/private");
        assertThat(addresses.findValuesAsText("OS-EXT-IPS:type")).containsExactly("fixed", "floating");
        assertThat(addresses.findValuesAsText("addr")).contains(fip.get("floating_ip_address").asText());
    }

    @Test
    void zonesAndRecordSetsArePendingThenActiveAndNamesNeedTheirDot() {
        assertThat(api.post("/dns/v2/zones", "{\"name\":\"example.org\",\"email\":\"h@example.org\"}").statusCode()).isEqualTo(400);
        JsonNode zone = OsTestClient.json(api.post("/dns/v2/zones", "{\"name\":\"example.org.\",\"email\":\"h@example.org\"}"));
        assertThat(zone.get("status").asText()).isEqualTo("PENDING");
        String zid = zone.get("id").asText();
        String set = "{\"name\":\"www.example.org.\",\"type\":\"A\",\"records\":[\"192.0.2.1\"]}";
        JsonNode rs = OsTestClient.json(api.post("/dns/v2/zones/" + zid + "/recordsets", set));
        assertThat(rs.get("status").asText()).isEqualTo("PENDING");
        HttpResponse<String> dup = api.post("/dns/v2/zones/" + zid + "/recordsets", set);
        assertThat(dup.statusCode()).isEqualTo(409);
        assertThat(OsTestClient.json(dup).get("type").asText()).isEqualTo("duplicate_recordset");
        assertThat(api.post("/dns/v2/zones/" + zid + "/recordsets",
                "{\"name\":\"www.example.com.\",\"type\":\"A\",\"records\":[\"192.0.2.1\"]}").statusCode()).isEqualTo(400);
        clock.advance(Duration.ofSeconds(3));
        JsonNode list = OsTestClient.json(api.get("/dns/v2/zones/" + zid + "/recordsets?name=www.example.org.&type=A"));
        assertThat(list.at("/recordsets/0/status").asText()).isEqualTo("ACTIVE");
        assertThat(list.at("/metadata/total_count").asInt()).isEqualTo(1);
        assertThat(OsTestClient.json(api.get("/dns/v2/zones?name=example.org.")).at("/zones/0/status").asText())
                .isEqualTo("ACTIVE");
        HttpResponse<String> missing = api.get("/dns/v2/zones/" + zid + "0");
        assertThat(OsTestClient.json(missing).get("type").asText()).isEqualTo("zone_not_found");
        assertThat(api.delete("/dns/v2/zones/" + zid).statusCode()).isEqualTo(202);
        clock.advance(Duration.ofSeconds(3));
        assertThat(fixture.emulator().account().zones()).isEmpty();
    }
}
