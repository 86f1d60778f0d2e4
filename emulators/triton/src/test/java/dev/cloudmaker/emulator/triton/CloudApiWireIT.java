package dev.cloudmaker.emulator.triton;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cloudmaker.core.time.MutableClock;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** What every CloudAPI answer carries, versions, unsigned requests, errors, keys and the account. */
class CloudApiWireIT {
    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-01T10:00:00Z"));
    private final TritonFixture fixture = TritonFixture.start(clock, b -> b);
    private final SignedClient api = fixture.client();

    @AfterEach
    void stop() {
        fixture.close();
    }

    @Test
    void answersCarryServerRequestIdAndTheMatchedApiVersion() {
        HttpResponse<String> r = api.get("/alice");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("server")).contains(TritonWire.SERVER);
        assertThat(r.headers().firstValue("request-id")).isPresent();
        assertThat(r.headers().firstValue("api-version")).contains("9.0.0");
        assertThat(r.headers().firstValue("date")).isPresent();
        JsonNode account = SignedClient.json(r);
        assertThat(account.get("login").asText()).isEqualTo("alice");
        assertThat(account.get("triton_cns_enabled").asBoolean()).isFalse();
    }

    @Test
    void anUnsignedRequestIsRefusedButThePingAndUnknownPathsAreNot() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        URI base = fixture.emulator().baseUrl();
        HttpResponse<String> unsigned = http.send(HttpRequest.newBuilder(base.resolve("/alice/machines")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(unsigned.statusCode()).isEqualTo(401);
        assertThat(SignedClient.json(unsigned).get("code").asText()).isEqualTo("InvalidCredentials");
        HttpResponse<String> ping = http.send(HttpRequest.newBuilder(base.resolve("/--ping")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(SignedClient.json(ping).get("ping").asText()).isEqualTo("pong");
        HttpResponse<String> missing = http.send(HttpRequest.newBuilder(base.resolve("/alice/volcanoes")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(SignedClient.json(missing).get("code").asText()).isEqualTo("ResourceNotFound");
    }

    @Test
    void anOldVersionAnotherAccountAndBadInputsAreRefusedInCloudApisShape() {
        HttpResponse<String> old = api.acceptingVersion("~6.5").get("/alice/machines");
        assertThat(old.statusCode()).isEqualTo(400);
        assertThat(SignedClient.json(old).get("code").asText()).isEqualTo("InvalidVersion");
        HttpResponse<String> smartdc = api.acceptingVersion("~7.2").get("/alice/machines");
        assertThat(smartdc.headers().firstValue("api-version")).contains("7.2.0");
        assertThat(SignedClient.json(api.get("/bob/machines")).get("code").asText()).isEqualTo("NotAuthorized");
        JsonNode noPackage = SignedClient.json(api.post("/alice/machines", "{\"image\":\"1d05e788-5409-11eb-b12f-037bd7fee4ee\"}"));
        assertThat(noPackage.get("code").asText()).isEqualTo("MissingParameter");
        JsonNode badImage = SignedClient.json(api.post("/alice/machines", "{\"image\":\"nope\",\"package\":\"g1.small\"}"));
        assertThat(badImage.get("code").asText()).isEqualTo("InvalidArgument");
        assertThat(badImage.get("message").asText()).isEqualTo("nope is not a valid image");
    }

    @Test
    void keysAreAddedListedFoundByEncodedFingerprintAndDeleted() {
        TritonTestKey second = TritonTestKey.ecdsa(256);
        HttpResponse<String> added = api.post("/alice/keys", "{\"name\":\"ci\",\"key\":\"" + second.publicLine() + "\\n\"}");
        assertThat(added.statusCode()).isEqualTo(201);
        assertThat(SignedClient.json(added).get("fingerprint").asText()).isEqualTo(second.fingerprint());
        String encoded = second.fingerprint().replace(":", "%3A");
        assertThat(SignedClient.json(api.get("/alice/keys/" + encoded)).get("name").asText()).isEqualTo("ci");
        assertThat(SignedClient.json(api.post("/alice/keys", "{\"key\":\"" + second.publicLine() + "\"}"))
                .get("code").asText()).isEqualTo("InvalidArgument");
        assertThat(api.send("DELETE", "/alice/keys/" + encoded, null).statusCode()).isEqualTo(204);
        assertThat(SignedClient.json(api.get("/alice/keys"))).hasSize(1);
    }

    @Test
    void imagesHonourNameAndVersionAndPackagesTheirFilters() {
        JsonNode byVersion = SignedClient.json(api.get("/alice/images?state=active&name=base-64-lts&version=20.4.0&useCache=true"));
        assertThat(byVersion).extracting(i -> i.get("version").asText()).containsExactly("20.4.0");
        assertThat(SignedClient.json(api.get("/alice/images?name=base-64-lts"))).hasSize(2);
        assertThat(SignedClient.json(api.get("/alice/packages?memory=4096")).get(0).get("name").asText())
                .isEqualTo("g1.medium");
        assertThat(SignedClient.json(api.get("/alice/packages?name=g1.*"))).hasSize(4);
    }

    @Test
    void cnsTurnedOnGivesDnsNamesOnGetMachine() {
        api.post("/alice", "{\"triton_cns_enabled\":true}");
        JsonNode created = SignedClient.json(api.post("/alice/machines",
                "{\"name\":\"web\",\"image\":\"1d05e788-5409-11eb-b12f-037bd7fee4ee\",\"package\":\"g1.nano\"}"));
        assertThat(created.has("dns_names")).isFalse();
        JsonNode got = SignedClient.json(api.get("/alice/machines/" + created.get("id").asText()));
        assertThat(got.get("dns_names")).extracting(JsonNode::asText).anySatisfy(n -> assertThat(n).startsWith("web.inst."));
    }
}
