package dev.cloudmaker.openstack;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.cloudmaker.core.Secret;
import dev.cloudmaker.core.http.RequestPacer;
import dev.cloudmaker.core.http.RetrySettings;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * A WireMock OpenStack for unit-level wire tests: Keystone issuing a token whose catalog puts every service on the
 * mock (devstack-style paths), one external network, and helpers for JSON answers.
 */
final class WireCloud {
    static final String NET_ID = "00000000-0000-4000-8000-0000000000e1";

    private WireCloud() {
    }

    static void stubIdentityAndNetwork(WireMockExtension wm) {
        String base = wm.baseUrl();
        wm.stubFor(post(urlEqualTo("/identity/v3/auth/tokens")).willReturn(aResponse().withStatus(201)
                .withHeader("X-Subject-Token", "tok").withHeader("Content-Type", "application/json").withBody("""
                        {"token":{"expires_at":"%s","project":{"id":"p1"},"catalog":[
                         {"type":"compute","endpoints":[{"interface":"public","region_id":"RegionOne","url":"%s/compute/v2.1"}]},
                         {"type":"image","endpoints":[{"interface":"public","region_id":"RegionOne","url":"%s/image"}]},
                         {"type":"network","endpoints":[{"interface":"public","region_id":"RegionOne","url":"%s/networking"}]},
                         {"type":"dns","endpoints":[{"interface":"public","region_id":"RegionOne","url":"%s/dns"}]}]}}
                        """.formatted(Instant.now().plus(Duration.ofHours(1)), base, base, base, base))));
        wm.stubFor(get(urlPathEqualTo("/networking/v2.0/networks")).willReturn(json("""
                {"networks":[{"id":"%s","name":"public","router:external":true}]}""".formatted(NET_ID))));
        wm.stubFor(get(urlPathEqualTo("/networking/v2.0/security-groups")).willReturn(json("""
                {"security_groups":[{"id":"sg-1","name":"cloudmaker-prod","security_group_rules":[
                 {"direction":"ingress","ethertype":"IPv4","protocol":"tcp","port_range_min":22,"port_range_max":22,"remote_group_id":null},
                 {"direction":"ingress","ethertype":"IPv6","protocol":"tcp","port_range_min":22,"port_range_max":22,"remote_group_id":null}]}]}""")));
        wm.stubFor(get(urlPathEqualTo("/networking/v2.0/ports")).willReturn(json("{\"ports\":[]}")));
        wm.stubFor(get(urlPathEqualTo("/networking/v2.0/floatingips")).willReturn(json("{\"floatingips\":[]}")));
    }

    static OpenStackProvider provider(WireMockExtension wm, boolean floatingIp) {
        return provider(wm, floatingIp, null);
    }

    static OpenStackProvider provider(WireMockExtension wm, boolean floatingIp, String zoneEmail) {
        AuthConfig config = new AuthConfig(URI.create(wm.baseUrl() + "/identity/v3"), "demo", null, Secret.of("pw"), "demo",
                null, "Default", null, "Default", null, null, null, "RegionOne", "public", "test");
        RetrySettings retry = new RetrySettings(Duration.ofSeconds(2), Duration.ofMillis(1), Duration.ofMillis(5), 1, Duration.ofSeconds(5));
        OpenStackClients clients = new OpenStackClients(config, Duration.ofSeconds(5), RequestPacer.unlimited(), retry, Clock.systemUTC());
        return new OpenStackProvider("openstack", clients, null, floatingIp, Duration.ofSeconds(10), zoneEmail);
    }

    static ResponseDefinitionBuilder json(String body) {
        return json(200, body);
    }

    static ResponseDefinitionBuilder json(int status, String body) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/json").withBody(body);
    }
}
