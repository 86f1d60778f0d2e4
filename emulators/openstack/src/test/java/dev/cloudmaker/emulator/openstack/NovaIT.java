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

/** Nova on the emulator's clock: the state machine, actions and their 409s, microversion shapes, errors. */
class NovaIT {
    private static final String KEY = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIAxHkTQ4n9b8o0m7Dc1G3w7U3oUQbN7vHtS0UMbbVc1t k@t";
    private final MutableClock clock = new MutableClock(Instant.parse("2026-01-01T00:00:00Z"));
    private OpenStackFixture fixture;
    private OsTestClient nova;
    private String image;

    @BeforeEach
    void start() {
        fixture = OpenStackFixture.start(b -> b.clock(clock).bootDelay(Duration.ofSeconds(5))
                .actionDuration(Duration.ofSeconds(2)).instanceQuota(2));
        nova = fixture.client().microversion("2.73");
        image = OsTestClient.json(nova.get("/image/v2/images?name=ubuntu-24.04")).at("/images/0/id").asText();
    }

    @AfterEach
    void stop() {
        fixture.close();
    }

    private String create(String name) {
        HttpResponse<String> r = nova.post("/compute/v2.1/servers", "{\"server\":{\"name\":\"" + name + "\",\"imageRef\":\""
                + image + "\",\"flavorRef\":\"2\",\"networks\":\"auto\",\"tags\":[\"ns-a\"],\"metadata\":{\"k\":\"v\"}}}");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(202);
        return OsTestClient.json(r).at("/server/id").asText();
    }

    private JsonNode show(String id) {
        return OsTestClient.json(nova.get("/compute/v2.1/servers/" + id)).get("server");
    }

    private int action(String id, String body) {
        return nova.post("/compute/v2.1/servers/" + id + "/action", body).statusCode();
    }

    @Test
    void aServerBuildsThenStopsStartsResizesAndIsDeletedToA404() {
        String id = create("web-1");
        assertThat(show(id).get("status").asText()).isEqualTo("BUILD");
        assertThat(show(id).get("addresses")).isEmpty();
        clock.advance(Duration.ofSeconds(5));
        JsonNode active = show(id);
        assertThat(active.get("status").asText()).isEqualTo("ACTIVE");
        JsonNode address = active.at("/addresses/public/0");
        assertThat(address.get("version").asInt()).isEqualTo(4);
        assertThat(address.get("OS-EXT-IPS:type").asText()).isEqualTo("fixed");
        assertThat(active.get("accessIPv4").asText()).isEqualTo(address.get("addr").asText());
        assertThat(active.get("tags").toString()).isEqualTo("[\"ns-a\"]");
        assertThat(active.at("/flavor/original_name").asText()).isEqualTo("m1.small");

        assertThat(action(id, "{\"os-start\":null}")).isEqualTo(409);
        assertThat(action(id, "{\"os-stop\":null}")).isEqualTo(202);
        assertThat(action(id, "{\"reboot\":{\"type\":\"SOFT\"}}")).isEqualTo(409);
        clock.advance(Duration.ofSeconds(2));
        assertThat(show(id).get("status").asText()).isEqualTo("SHUTOFF");
        assertThat(action(id, "{\"resize\":{\"flavorRef\":\"3\"}}")).isEqualTo(202);
        assertThat(show(id).get("status").asText()).isEqualTo("RESIZE");
        clock.advance(Duration.ofSeconds(2));
        assertThat(show(id).get("status").asText()).isEqualTo("VERIFY_RESIZE");
        assertThat(action(id, "{\"confirmResize\":null}")).isEqualTo(204);
        JsonNode resized = show(id);
        assertThat(resized.get("status").asText()).isEqualTo("SHUTOFF");
        assertThat(resized.at("/flavor/original_name").asText()).isEqualTo("m1.medium");

        assertThat(nova.delete("/compute/v2.1/servers/" + id).statusCode()).isEqualTo(204);
        clock.advance(Duration.ofSeconds(2));
        HttpResponse<String> gone = nova.get("/compute/v2.1/servers/" + id);
        assertThat(gone.statusCode()).isEqualTo(404);
        assertThat(OsTestClient.json(gone).at("/itemNotFound/code").asInt()).isEqualTo(404);
        assertThat(OsTestClient.json(nova.get("/networking/v2.0/ports?device_id=" + id)).get("ports")).isEmpty();
    }

    @Test
    void theAnswerFollowsTheRequestedMicroversionAndEchoesIt() {
        String id = create("web-1");
        HttpResponse<String> old = fixture.client().get("/compute/v2.1/servers/" + id);
        assertThat(old.headers().firstValue("x-openstack-nova-api-version")).hasValue("2.1");
        JsonNode server = OsTestClient.json(old).get("server");
        assertThat(server.at("/flavor/id").asText()).isEqualTo("2");
        assertThat(server.has("tags")).isFalse();
        assertThat(server.get("metadata").toString()).isEqualTo("{\"k\":\"v\"}");
        HttpResponse<String> latest = fixture.client().microversion("latest").get("/compute/v2.1/servers/" + id);
        assertThat(latest.headers().firstValue("openstack-api-version")).hasValue("compute 2.79");
        HttpResponse<String> tooNew = fixture.client().microversion("2.200").get("/compute/v2.1/servers");
        assertThat(tooNew.statusCode()).isEqualTo(406);
        assertThat(fixture.client().get("/compute/v2.1/servers/" + id + "/tags").statusCode()).isEqualTo(404);
        assertThat(nova.put("/compute/v2.1/servers/" + id + "/tags/" + "x".repeat(61), null).statusCode()).isEqualTo(400);
    }

    @Test
    void aFailedBuildIsErrorWithAFaultAndTheQuotaIs403() {
        fixture.emulator().failBuilds("doomed");
        String id = create("doomed");
        clock.advance(Duration.ofSeconds(5));
        JsonNode server = show(id);
        assertThat(server.get("status").asText()).isEqualTo("ERROR");
        assertThat(server.at("/fault/message").asText()).contains("No valid host was found");
        create("second");
        HttpResponse<String> over = nova.post("/compute/v2.1/servers", "{\"server\":{\"name\":\"third\",\"imageRef\":\""
                + image + "\",\"flavorRef\":\"1\",\"networks\":\"auto\"}}");
        assertThat(over.statusCode()).isEqualTo(403);
        assertThat(OsTestClient.json(over).at("/forbidden/message").asText()).contains("Quota exceeded for instances");
    }

    @Test
    void namesAreRegexFiltersAndLookupsByNameAre404() {
        create("web-1");
        create("web-10");
        assertThat(OsTestClient.json(nova.get("/compute/v2.1/servers?name=web-1")).get("servers")).hasSize(2);
        assertThat(nova.get("/compute/v2.1/servers/web-1").statusCode()).isEqualTo(404);
        assertThat(nova.get("/compute/v2.1/flavors/m1.small").statusCode()).isEqualTo(404);
        assertThat(nova.get("/image/v2/images/debian-12").statusCode()).isEqualTo(404);
        JsonNode page = OsTestClient.json(nova.get("/compute/v2.1/servers?limit=1"));
        assertThat(page.get("servers")).hasSize(1);
        assertThat(page.at("/servers_links/0/href").asText()).contains("marker=" + page.at("/servers/0/id").asText());
    }

    @Test
    void keyPairsKeepTheirKeyByteForByteAndNamesWithAColonAreRefused() {
        HttpResponse<String> created = fixture.client().post("/compute/v2.1/os-keypairs",
                "{\"keypair\":{\"name\":\"mine\",\"public_key\":\"" + KEY + "\\n\"}}");
        assertThat(created.statusCode()).isEqualTo(200);
        assertThat(nova.post("/compute/v2.1/os-keypairs", "{\"keypair\":{\"name\":\"mine\",\"public_key\":\"" + KEY
                + "\"}}").statusCode()).isEqualTo(409);
        assertThat(nova.post("/compute/v2.1/os-keypairs", "{\"keypair\":{\"name\":\"a:b\",\"public_key\":\"" + KEY
                + "\"}}").statusCode()).isEqualTo(400);
        JsonNode listed = OsTestClient.json(nova.get("/compute/v2.1/os-keypairs"));
        assertThat(listed.at("/keypairs/0/keypair/public_key").asText()).isEqualTo(KEY + "\n");
        JsonNode generated = OsTestClient.json(nova.post("/compute/v2.1/os-keypairs", "{\"keypair\":{\"name\":\"gen\"}}"));
        assertThat(generated.at("/keypair/private_key").asText()).startsWith("-----BEGIN PRIVATE KEY-----");
        assertThat(generated.at("/keypair/public_key").asText()).startsWith("ssh-rsa ");
    }
}
