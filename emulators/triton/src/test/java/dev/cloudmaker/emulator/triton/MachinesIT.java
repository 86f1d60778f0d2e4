package dev.cloudmaker.emulator.triton;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cloudmaker.core.time.MutableClock;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Machines over the wire, with the clock the test moves: CloudAPI's state machine, pages, tags, snapshots, audit. */
class MachinesIT {
    private static final String BASE_64 = "1d05e788-5409-11eb-b12f-037bd7fee4ee";

    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-01T10:00:00Z"));
    private final TritonFixture fixture = TritonFixture.start(clock, b -> b.bootDelay(Duration.ofSeconds(30))
            .actionDuration(Duration.ofSeconds(5)));
    private final SignedClient api = fixture.client();

    @AfterEach
    void stop() {
        fixture.close();
    }

    private String create(String name) {
        HttpResponse<String> r = api.post("/alice/machines", "{\"name\":\"" + name + "\",\"image\":\"" + BASE_64
                + "\",\"package\":\"g1.small\",\"tag.role\":\"web\",\"metadata.user-script\":\"#!/bin/sh\"}");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        String id = SignedClient.json(r).get("id").asText();
        assertThat(r.headers().firstValue("location")).contains("/alice/machines/" + id);
        return id;
    }

    private JsonNode get(String id) {
        return SignedClient.json(api.get("/alice/machines/" + id));
    }

    @Test
    void aMachineProvisionsStopsStartsAndIsDeletedAsCloudApiSaysAndReadsGoneAfter() {
        String id = create("web1");
        JsonNode provisioning = get(id);
        assertThat(provisioning.get("state").asText()).isEqualTo("provisioning");
        assertThat(provisioning.get("ips")).isEmpty();
        assertThat(provisioning.get("metadata").get("root_authorized_keys").asText())
                .isEqualTo(fixture.key().publicLine());
        clock.advance(Duration.ofSeconds(30));
        JsonNode running = get(id);
        assertThat(running.get("state").asText()).isEqualTo("running");
        assertThat(running.get("primaryIp").asText()).startsWith("203.0.113.");
        assertThat(running.get("package").asText()).isEqualTo("g1.small");
        assertThat(running.get("memory").asLong()).isEqualTo(1024);

        assertThat(api.post("/alice/machines/" + id, "{\"action\":\"start\"}").statusCode()).as("already running")
                .isEqualTo(409);
        HttpResponse<String> stop = api.post("/alice/machines/" + id + "?action=stop", null);
        assertThat(stop.statusCode()).isEqualTo(202);
        assertThat(stop.body()).isEmpty();
        assertThat(get(id).get("state").asText()).isEqualTo("stopping");
        clock.advance(Duration.ofSeconds(5));
        assertThat(get(id).get("state").asText()).isEqualTo("stopped");

        assertThat(api.send("DELETE", "/alice/machines/" + id, null).statusCode()).isEqualTo(204);
        clock.advance(Duration.ofSeconds(5));
        HttpResponse<String> gone = api.get("/alice/machines/" + id);
        assertThat(gone.statusCode()).isEqualTo(410);
        assertThat(SignedClient.json(gone).get("state").asText()).isEqualTo("deleted");
        assertThat(api.post("/alice/machines/" + id, "{\"action\":\"start\"}").statusCode()).isEqualTo(410);
        assertThat(SignedClient.json(api.get("/alice/machines"))).isEmpty();
        assertThat(SignedClient.json(api.get("/alice/machines?tombstone=true"))).hasSize(1);
        JsonNode unknown = SignedClient.json(api.get("/alice/machines/00000000-0000-4000-8000-000000000000"));
        assertThat(unknown.get("code").asText()).isEqualTo("ResourceNotFound");
        assertThat(SignedClient.json(api.get("/alice/machines/" + id + "/audit")))
                .extracting(a -> a.get("action").asText()).containsExactly("destroy", "stop", "provision");
    }

    @Test
    void aMachineWhoseProvisionFailsEndsFailed() {
        fixture.emulator().failProvisioning("doomed");
        String id = create("doomed");
        clock.advance(Duration.ofSeconds(30));
        assertThat(get(id).get("state").asText()).isEqualTo("failed");
        assertThat(SignedClient.json(api.get("/alice/machines/" + id + "/audit")).get(0).get("success").asText())
                .isEqualTo("no");
    }

    @Test
    void listsComeInPagesWithTheirCountsAndFilterByNameStateAndTag() {
        create("a");
        create("b");
        create("c");
        HttpResponse<String> first = api.get("/alice/machines?limit=2&offset=0");
        assertThat(SignedClient.json(first)).hasSize(2);
        assertThat(first.headers().firstValue("x-query-limit")).contains("2");
        assertThat(first.headers().firstValue("x-resource-count")).contains("2");
        HttpResponse<String> last = api.get("/alice/machines?limit=2&offset=2");
        assertThat(last.headers().firstValue("x-resource-count")).contains("1");
        HttpResponse<String> head = api.send("HEAD", "/alice/machines", null);
        assertThat(head.headers().firstValue("x-resource-count")).contains("3");
        assertThat(head.body()).isEmpty();
        assertThat(SignedClient.json(api.get("/my/machines?name=b"))).extracting(m -> m.get("name").asText())
                .containsExactly("b");
        assertThat(SignedClient.json(api.get("/alice/machines?tag.role=web"))).hasSize(3);
        assertThat(SignedClient.json(api.get("/alice/machines?state=running"))).isEmpty();
        assertThat(api.get("/alice/machines?state=sleepy").statusCode()).isEqualTo(409);
        assertThat(SignedClient.json(api.post("/alice/machines", "{\"name\":\"a\",\"image\":\"" + BASE_64
                + "\",\"package\":\"g1.small\"}")).get("code").asText()).isEqualTo("ValidationFailed");
    }

    @Test
    void tagsAndMetadataKeepTheirJsonTypes() {
        String id = create("typed");
        JsonNode tags = SignedClient.json(api.post("/alice/machines/" + id + "/tags", "{\"replicas\":3,\"public\":true}"));
        assertThat(tags.get("role").asText()).isEqualTo("web");
        assertThat(tags.get("replicas").isInt()).isTrue();
        assertThat(tags.get("public").isBoolean()).isTrue();
        assertThat(SignedClient.json(api.get("/alice/machines/" + id + "/tags/replicas")).asInt()).isEqualTo(3);
        assertThat(api.send("DELETE", "/alice/machines/" + id + "/tags/public", null).statusCode()).isEqualTo(204);
        assertThat(SignedClient.json(api.send("PUT", "/alice/machines/" + id + "/tags", "{\"only\":\"one\"}")))
                .hasSize(1);
        JsonNode metadata = SignedClient.json(api.post("/alice/machines/" + id + "/metadata", "{\"port\":8080}"));
        assertThat(metadata.get("port").isInt()).isTrue();
        assertThat(api.send("DELETE", "/alice/machines/" + id + "/metadata/root_authorized_keys", null).statusCode())
                .isEqualTo(409);
        api.send("DELETE", "/alice/machines/" + id + "/metadata", null);
        assertThat(SignedClient.json(api.get("/alice/machines/" + id + "/metadata")).fieldNames())
                .toIterable().containsExactly("root_authorized_keys");
    }

    @Test
    void snapshotsAndImagesFromMachinesAreReadyAfterTheActionDuration() {
        String id = create("base");
        clock.advance(Duration.ofSeconds(30));
        HttpResponse<String> snap = api.post("/alice/machines/" + id + "/snapshots", "{\"name\":\"s1\"}");
        assertThat(snap.statusCode()).isEqualTo(201);
        assertThat(SignedClient.json(snap).get("state").asText()).isEqualTo("queued");
        clock.advance(Duration.ofSeconds(5));
        assertThat(SignedClient.json(api.get("/alice/machines/" + id + "/snapshots/s1?id=" + id + "&name=s1"))
                .get("state").asText()).isEqualTo("created");

        HttpResponse<String> image = api.post("/alice/images", "{\"machine\":\"" + id
                + "\",\"name\":\"web-golden\",\"version\":\"1.0.0\"}");
        assertThat(image.statusCode()).isEqualTo(201);
        String imageId = SignedClient.json(image).get("id").asText();
        assertThat(SignedClient.json(api.post("/alice/machines", "{\"image\":\"" + imageId + "\",\"package\":\"g1.small\"}"))
                .get("message").asText()).contains("is not active");
        clock.advance(Duration.ofSeconds(5));
        JsonNode own = SignedClient.json(api.get("/alice/images?name=web-golden"));
        assertThat(own).hasSize(1);
        assertThat(own.get(0).get("state").asText()).isEqualTo("active");
        assertThat(own.get(0).get("public").asBoolean()).isFalse();
    }

    @Test
    void aRebootIsAuditedWhenItIsDoneAfterTheAnswer() {
        String id = create("rebooted");
        clock.advance(Duration.ofSeconds(30));
        Instant asked = clock.instant();
        assertThat(api.post("/alice/machines/" + id, "{\"action\":\"reboot\"}").statusCode()).isEqualTo(202);
        assertThat(SignedClient.json(api.get("/alice/machines/" + id + "/audit")).get(0).get("action").asText())
                .isEqualTo("provision");
        clock.advance(Duration.ofSeconds(5));
        JsonNode reboot = SignedClient.json(api.get("/alice/machines/" + id + "/audit")).get(0);
        assertThat(reboot.get("action").asText()).isEqualTo("reboot");
        assertThat(reboot.get("success").asText()).isEqualTo("yes");
        assertThat(Instant.parse(reboot.get("time").asText())).isAfter(asked);
        assertThat(reboot.get("caller").get("keyId").asText()).isEqualTo("/alice/keys/" + fixture.key().fingerprint());
    }
}
