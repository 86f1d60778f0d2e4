package dev.cloudmaker.emulator.openstack;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cloudmaker.core.time.MutableClock;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Keystone v3 as keystoneauth reads it: version documents, token requests, the catalog, and what is refused. */
class KeystoneIT {

    private static String password(String user, String secret, String scope) {
        return "{\"auth\":{\"identity\":{\"methods\":[\"password\"],\"password\":{\"user\":{\"name\":\"" + user
                + "\",\"domain\":{\"name\":\"Default\"},\"password\":\"" + secret + "\"}}}" + scope + "}}";
    }

    private static final String PROJECT_SCOPE = ",\"scope\":{\"project\":{\"name\":\"ops\",\"domain\":{\"id\":\"default\"}}}";

    @Test
    void aPasswordLoginGetsATokenInTheHeaderAndACatalogOfTheEmulatorsOwnUrls() {
        try (OpenStackFixture f = OpenStackFixture.start(b -> b.user("alice").password("pw").project("ops").region("North"))) {
            HttpResponse<String> r = OsTestClient.anonymous(f.emulator()).post("/identity/v3/auth/tokens",
                    password("alice", "pw", PROJECT_SCOPE));
            assertThat(r.statusCode()).isEqualTo(201);
            assertThat(r.headers().firstValue("x-subject-token")).isPresent();
            JsonNode token = OsTestClient.json(r).get("token");
            assertThat(token.at("/project/name").asText()).isEqualTo("ops");
            assertThat(token.at("/user/domain/id").asText()).isEqualTo("default");
            String base = f.emulator().baseUrl().toString();
            assertThat(token.get("catalog").findValuesAsText("type"))
                    .containsExactly("identity", "compute", "image", "network", "dns");
            assertThat(token.get("catalog").findValuesAsText("url")).contains(base + "/compute/v2.1", base + "/networking",
                    base + "/dns", base + "/image", base + "/identity");
            assertThat(token.get("catalog").findValuesAsText("region_id")).containsOnly("North");
            assertThat(r.body()).doesNotContain(r.headers().firstValue("x-subject-token").orElseThrow());
        }
    }

    @Test
    void wrongPasswordsUnknownProjectsAndMissingTokensAre401InKeystonesShape() {
        try (OpenStackFixture f = OpenStackFixture.start(b -> b.project("ops"))) {
            OsTestClient anonymous = OsTestClient.anonymous(f.emulator());
            HttpResponse<String> wrong = anonymous.post("/identity/v3/auth/tokens", password("demo", "nope", PROJECT_SCOPE));
            assertThat(wrong.statusCode()).isEqualTo(401);
            assertThat(OsTestClient.json(wrong).at("/error/title").asText()).isEqualTo("Unauthorized");
            HttpResponse<String> project = anonymous.post("/identity/v3/auth/tokens", password("demo", "secret",
                    ",\"scope\":{\"project\":{\"name\":\"other\",\"domain\":{\"id\":\"default\"}}}"));
            assertThat(project.statusCode()).isEqualTo(401);
            HttpResponse<String> noToken = anonymous.get("/compute/v2.1/servers");
            assertThat(noToken.statusCode()).isEqualTo(401);
            assertThat(OsTestClient.json(noToken).at("/error/code").asInt()).isEqualTo(401);
        }
    }

    @Test
    void anApplicationCredentialLogsInToItsProjectAndSaysSo() {
        try (OpenStackFixture f = OpenStackFixture.start(b -> b.applicationCredential("ac1", "ci", "s3cret"))) {
            OsTestClient anonymous = OsTestClient.anonymous(f.emulator());
            HttpResponse<String> r = anonymous.post("/identity/v3/auth/tokens", "{\"auth\":{\"identity\":{\"methods\":"
                    + "[\"application_credential\"],\"application_credential\":{\"id\":\"ac1\",\"secret\":\"s3cret\"}}}}");
            assertThat(r.statusCode()).isEqualTo(201);
            JsonNode token = OsTestClient.json(r).get("token");
            assertThat(token.at("/application_credential/name").asText()).isEqualTo("ci");
            assertThat(token.at("/project/name").asText()).isEqualTo("demo");
            HttpResponse<String> bad = anonymous.post("/identity/v3/auth/tokens", "{\"auth\":{\"identity\":{\"methods\":"
                    + "[\"application_credential\"],\"application_credential\":{\"id\":\"ac1\",\"secret\":\"x\"}}}}");
            assertThat(bad.statusCode()).isEqualTo(401);
        }
    }

    @Test
    void tokensExpireOnTheEmulatorsClockAndRevokedOnesAreRefused() {
        MutableClock clock = new MutableClock(Instant.parse("2026-01-01T00:00:00Z"));
        try (OpenStackFixture f = OpenStackFixture.start(b -> b.clock(clock).tokenLifetime(Duration.ofMinutes(10)))) {
            OsTestClient client = f.client();
            assertThat(client.get("/compute/v2.1/servers").statusCode()).isEqualTo(200);
            clock.advance(Duration.ofMinutes(11));
            assertThat(client.get("/compute/v2.1/servers").statusCode()).isEqualTo(401);
            OsTestClient again = OsTestClient.login(f.emulator());
            f.emulator().revokeTokens();
            assertThat(again.get("/compute/v2.1/servers").statusCode()).isEqualTo(401);
        }
    }

    @Test
    void versionDocumentsNeedNoTokenAndIdentityOffersV3Only() {
        try (OpenStackFixture f = OpenStackFixture.start(b -> b)) {
            OsTestClient anonymous = OsTestClient.anonymous(f.emulator());
            HttpResponse<String> identity = anonymous.get("/identity");
            assertThat(identity.statusCode()).isEqualTo(300);
            assertThat(OsTestClient.json(identity).at("/versions/values").findValuesAsText("id")).containsExactly("v3.14");
            JsonNode nova = OsTestClient.json(anonymous.get("/compute/v2.1/"));
            assertThat(nova.at("/version/version").asText()).isEqualTo("2.79");
            assertThat(nova.at("/version/min_version").asText()).isEqualTo("2.1");
            assertThat(anonymous.get("/image/").statusCode()).isEqualTo(300);
            assertThat(OsTestClient.json(anonymous.get("/networking")).at("/versions/0/id").asText()).isEqualTo("v2.0");
            assertThat(OsTestClient.json(anonymous.get("/dns")).get("versions").findValuesAsText("status")).contains("CURRENT");
        }
    }
}
