package dev.cloudmaker.openstack;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import dev.cloudmaker.core.ApiException;
import dev.cloudmaker.core.http.RequestPacer;
import dev.cloudmaker.core.http.RetrySettings;
import dev.cloudmaker.core.time.MutableClock;
import dev.cloudmaker.openstack.OpenStackClients.Service;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Keystone v3 tokens as this provider asks for, uses, renews and reports them. */
class KeystoneTokenWireTest {
    @RegisterExtension
    static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private static final Instant NOW = Instant.parse("2026-12-04T12:00:00Z");
    private final MutableClock clock = new MutableClock(NOW);

    @Test
    void passwordAuthScopesToTheProjectAndComputeCallsCarryTheTokenAndMicroversion() {
        tokenAnswers("tok-1", "tok-2");
        wm.stubFor(get(urlPathEqualTo("/compute/v2.1/flavors/detail")).willReturn(json("{\"flavors\":[]}")));

        try (OpenStackClients clients = clients()) {
            new OpenStackApi(clients).list(Service.COMPUTE, "/flavors/detail", Map.of(), "flavors");
        }

        wm.verify(1, postRequestedFor(urlEqualTo("/identity/v3/auth/tokens")).withRequestBody(equalToJson("""
                {"auth":{"identity":{"methods":["password"],"password":{"user":{"name":"demo","domain":{"name":"Default"},
                 "password":"secret"}}},"scope":{"project":{"name":"demo","domain":{"name":"Default"}}}}}""")));
        wm.verify(getRequestedFor(urlPathEqualTo("/compute/v2.1/flavors/detail")).withHeader("X-Auth-Token", equalTo("tok-1"))
                .withHeader("OpenStack-API-Version", equalTo("compute " + NovaMicroversion.VERSION))
                .withHeader("X-OpenStack-Nova-API-Version", equalTo(NovaMicroversion.VERSION)));
    }

    @Test
    void applicationCredentialsAreSentUnscoped() {
        tokenAnswers("tok-1", "tok-2");
        AuthConfig app = new AuthConfig(authUrl(), null, null, null, null, null, null, null, null, null, "app-id",
                dev.cloudmaker.core.Secret.of("app-secret"), "RegionOne", "public", "test");

        try (OpenStackClients clients = new OpenStackClients(app, Duration.ofSeconds(5), RequestPacer.unlimited(), retry(), clock)) {
            clients.catalog();
        }

        wm.verify(postRequestedFor(urlEqualTo("/identity/v3/auth/tokens")).withRequestBody(equalToJson("""
                {"auth":{"identity":{"methods":["application_credential"],
                 "application_credential":{"id":"app-id","secret":"app-secret"}}}}""")));
    }

    @Test
    void theTokenIsRenewedTwoMinutesBeforeItExpiresAndTheCatalogTokenIsNotAskedTwice() {
        tokenAnswers("tok-1", "tok-2");
        wm.stubFor(get(urlPathEqualTo("/compute/v2.1/os-keypairs")).willReturn(json("{\"keypairs\":[]}")));

        try (OpenStackClients clients = clients()) {
            OpenStackApi api = new OpenStackApi(clients);
            api.get(Service.COMPUTE, "/os-keypairs");
            clock.advance(Duration.ofMinutes(57));
            api.get(Service.COMPUTE, "/os-keypairs");
            clock.advance(Duration.ofMinutes(1).plusSeconds(1));
            api.get(Service.COMPUTE, "/os-keypairs");
        }

        wm.verify(2, postRequestedFor(urlEqualTo("/identity/v3/auth/tokens")));
        wm.verify(2, getRequestedFor(urlPathEqualTo("/compute/v2.1/os-keypairs")).withHeader("X-Auth-Token", equalTo("tok-1")));
        wm.verify(1, getRequestedFor(urlPathEqualTo("/compute/v2.1/os-keypairs")).withHeader("X-Auth-Token", equalTo("tok-2")));
    }

    @Test
    void aRevokedTokenIsReplacedOnceOnA401() {
        tokenAnswers("tok-1", "tok-2");
        wm.stubFor(get(urlPathEqualTo("/compute/v2.1/os-keypairs")).withHeader("X-Auth-Token", equalTo("tok-1"))
                .willReturn(aResponse().withStatus(401).withHeader("Content-Type", "application/json")
                        .withBody("{\"error\":{\"code\":401,\"title\":\"Unauthorized\",\"message\":\"The request you have made requires authentication.\"}}")));
        wm.stubFor(get(urlPathEqualTo("/compute/v2.1/os-keypairs")).withHeader("X-Auth-Token", equalTo("tok-2"))
                .willReturn(json("{\"keypairs\":[]}")));

        try (OpenStackClients clients = clients()) {
            new OpenStackApi(clients).get(Service.COMPUTE, "/os-keypairs");
        }

        wm.verify(2, postRequestedFor(urlEqualTo("/identity/v3/auth/tokens")));
    }

    @Test
    void refusedCredentialsSayWhoAndWhereFromButNeverThePassword() {
        wm.stubFor(post(urlEqualTo("/identity/v3/auth/tokens")).willReturn(aResponse().withStatus(401)
                .withHeader("Content-Type", "application/json").withHeader("x-openstack-request-id", "req-42")
                .withBody("{\"error\":{\"code\":401,\"title\":\"Unauthorized\",\"message\":\"The request you have made requires authentication.\"}}")));

        try (OpenStackClients clients = clients()) {
            assertThatThrownBy(clients::catalog).isInstanceOf(ApiException.class)
                    .hasMessageContaining("Keystone POST /auth/tokens")
                    .hasMessageContaining("answered 401").hasMessageContaining("req-42")
                    .hasMessageContaining("user demo (domain Default), project demo")
                    .hasMessageContaining("read from test")
                    .satisfies(e -> assertThat(((ApiException) e).kind()).isEqualTo(ApiException.Kind.AUTH))
                    .message().doesNotContain("secret");
        }
    }

    @Test
    void aTokenAnswerWithoutXSubjectTokenSaysAuthUrlIsLikelyWrong() {
        wm.stubFor(post(urlEqualTo("/identity/v3/auth/tokens")).willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json").withBody("{\"token\":{}}")));

        try (OpenStackClients clients = clients()) {
            assertThatThrownBy(clients::catalog).hasMessageContaining("without an X-Subject-Token header")
                    .hasMessageContaining("auth_url");
        }
    }

    private void tokenAnswers(String first, String second) {
        String body = """
                {"token":{"expires_at":"%s","project":{"id":"p1","name":"demo"},"catalog":[
                 {"type":"compute","endpoints":[{"interface":"public","region_id":"RegionOne","url":"%s/compute/v2.1"}]}]}}
                """;
        wm.stubFor(post(urlEqualTo("/identity/v3/auth/tokens")).inScenario("tokens").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(201).withHeader("X-Subject-Token", first)
                        .withHeader("Content-Type", "application/json")
                        .withBody(body.formatted(NOW.plus(Duration.ofHours(1)), wm.baseUrl()))).willSetStateTo("second"));
        wm.stubFor(post(urlEqualTo("/identity/v3/auth/tokens")).inScenario("tokens").whenScenarioStateIs("second")
                .willReturn(aResponse().withStatus(201).withHeader("X-Subject-Token", second)
                        .withHeader("Content-Type", "application/json")
                        .withBody(body.formatted(NOW.plus(Duration.ofHours(2)), wm.baseUrl()))));
    }

    private java.net.URI authUrl() {
        return java.net.URI.create(wm.baseUrl() + "/identity/v3");
    }

    private OpenStackClients clients() {
        AuthConfig config = new AuthConfig(authUrl(), "demo", null, dev.cloudmaker.core.Secret.of("secret"), "demo", null,
                "Default", null, "Default", null, null, null, "RegionOne", "public", "test");
        return new OpenStackClients(config, Duration.ofSeconds(5), RequestPacer.unlimited(), retry(), clock);
    }

    private static RetrySettings retry() {
        return new RetrySettings(Duration.ofSeconds(2), Duration.ofMillis(1), Duration.ofMillis(5), 1, Duration.ofSeconds(5));
    }

    private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder json(String body) {
        return aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody(body);
    }
}
