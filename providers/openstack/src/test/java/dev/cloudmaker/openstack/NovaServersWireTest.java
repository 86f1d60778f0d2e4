package dev.cloudmaker.openstack;

import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static dev.cloudmaker.openstack.WireCloud.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import dev.cloudmaker.core.spi.CloudServer;
import dev.cloudmaker.core.spi.PowerAction;
import dev.cloudmaker.core.spi.ServerRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** What the Nova facet sends and how it reads Nova's answers, against a WireMock OpenStack. */
class NovaServersWireTest {
    @RegisterExtension
    static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private static final String ID = "aaaaaaaa-0000-4000-8000-000000000001";

    @BeforeEach
    void cloud() {
        WireCloud.stubIdentityAndNetwork(wm);
    }

    @Test
    void aNamespaceListKeepsOnlyServersWithItsTagWhateverNovaReturns() {
        wm.stubFor(get(urlPathEqualTo("/compute/v2.1/servers/detail")).willReturn(json("""
                {"servers":[{"id":"1","name":"web","status":"ACTIVE","tags":["cloudmaker:prod"],"addresses":{},"flavor":{}},
                            {"id":"2","name":"web","status":"ACTIVE","tags":["cloudmaker:prod2"],"addresses":{},"flavor":{}},
                            {"id":"3","name":"web","status":"ACTIVE","tags":[],"addresses":{},"flavor":{}}]}""")));

        try (OpenStackProvider p = WireCloud.provider(wm, false)) {
            List<CloudServer> servers = p.servers().list("prod");

            assertThat(servers).extracting(CloudServer::id).containsExactly("1");
            assertThat(servers.getFirst().namespace()).isEqualTo("prod");
        }
        wm.verify(com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor(urlPathEqualTo("/compute/v2.1/servers/detail"))
                .withQueryParam("tags", equalTo("cloudmaker:prod")));
    }

    @Test
    void aCreateSendsIdsNetworkGroupTagsMetadataKeyAndUserData() {
        wm.stubFor(get(urlPathEqualTo("/compute/v2.1/flavors/detail")).willReturn(json("""
                {"flavors":[{"id":"f1","name":"m1.tiny"},{"id":"f2","name":"m1.small"}]}""")));
        wm.stubFor(get(urlPathEqualTo("/image/v2/images")).willReturn(json("""
                {"images":[{"id":"old","name":"Debian 12","status":"active","created_at":"2025-01-01T00:00:00Z"},
                           {"id":"new","name":"Debian 12","status":"active","created_at":"2026-01-01T00:00:00Z"}]}""")));
        wm.stubFor(post(urlEqualTo("/compute/v2.1/servers")).willReturn(json(202, "{\"server\":{\"id\":\"" + ID + "\"}}")));
        wm.stubFor(get(urlEqualTo("/compute/v2.1/servers/" + ID)).willReturn(json("""
                {"server":{"id":"%s","name":"web1","status":"BUILD","tags":["cloudmaker:prod"],"addresses":{},
                 "flavor":{"original_name":"m1.small"},"metadata":{"cloudmaker_image":"Debian 12"}}}""".formatted(ID))));

        try (OpenStackProvider p = WireCloud.provider(wm, false)) {
            CloudServer s = p.servers().create(ServerRequest.builder("web1", "RegionOne", "m1.small", "Debian 12")
                    .namespace("prod").tags(List.of("team")).keyIds(List.of("cloudmaker_prod_admin")).userData("#cloud-config\n").build());

            assertThat(s.id()).isEqualTo(ID);
            assertThat(s.image()).isEqualTo("Debian 12");
        }
        wm.verify(postRequestedFor(urlEqualTo("/compute/v2.1/servers")).withRequestBody(equalToJson("""
                {"server":{"name":"web1","flavorRef":"f2","imageRef":"new","min_count":1,"max_count":1,
                 "networks":[{"uuid":"%s"}],"security_groups":[{"name":"sg-1"}],"tags":["cloudmaker:prod","team"],
                 "metadata":{"cloudmaker_image":"Debian 12","cloudmaker_namespace":"prod"},"key_name":"cloudmaker_prod_admin",
                 "user_data":"%s"}}""".formatted(WireCloud.NET_ID,
                Base64.getEncoder().encodeToString("#cloud-config\n".getBytes(StandardCharsets.UTF_8))))));
    }

    @Test
    void aResizeIsConfirmedWhenNovaAsks() {
        wm.stubFor(get(urlPathEqualTo("/compute/v2.1/flavors/detail")).willReturn(json("""
                {"flavors":[{"id":"f1","name":"m1.tiny"},{"id":"f2","name":"m1.small"}]}""")));
        stubServer(Scenario.STARTED, "SHUTOFF", "m1.tiny", "resizing");
        wm.stubFor(post(urlEqualTo("/compute/v2.1/servers/" + ID + "/action")).inScenario("s").whenScenarioStateIs("resizing")
                .withRequestBody(matchingJsonPath("$.resize.flavorRef", equalTo("f2"))).willReturn(json(202, "")).willSetStateTo("verify"));
        stubServer("verify", "VERIFY_RESIZE", "m1.small", "confirming");
        wm.stubFor(post(urlEqualTo("/compute/v2.1/servers/" + ID + "/action")).inScenario("s").whenScenarioStateIs("confirming")
                .withRequestBody(equalToJson("{\"confirmResize\":null}")).willReturn(json(204, "")).willSetStateTo("done"));
        stubServer("done", "SHUTOFF", "m1.small", "done");

        try (OpenStackProvider p = WireCloud.provider(wm, false)) {
            p.servers().resize(ID, "m1.small", Duration.ofSeconds(20));
        }

        wm.verify(postRequestedFor(urlEqualTo("/compute/v2.1/servers/" + ID + "/action"))
                .withRequestBody(equalToJson("{\"confirmResize\":null}")));
    }

    @Test
    void aServerInErrorEndsAPowerWaitAtOnceWithNovasFault() {
        wm.stubFor(get(urlEqualTo("/compute/v2.1/servers/" + ID)).willReturn(json("""
                {"server":{"id":"%s","name":"db1","status":"ERROR","OS-EXT-STS:task_state":"spawning",
                 "fault":{"code":500,"message":"No valid host was found. There are not enough hosts available."},
                 "addresses":{},"flavor":{}}}""".formatted(ID))));

        try (OpenStackProvider p = WireCloud.provider(wm, false)) {
            assertThatThrownBy(() -> p.servers().power(ID, PowerAction.START, Duration.ofMinutes(5)))
                    .hasMessageContaining("No valid host was found");
        }
    }

    @Test
    void aDeleteReleasesTheServersFloatingIpsAndWaitsUntilNovaForgetsIt() {
        wm.stubFor(get(urlPathEqualTo("/networking/v2.0/ports")).willReturn(json("""
                {"ports":[{"id":"port-1","device_id":"%s"}]}""".formatted(ID))));
        wm.stubFor(get(urlPathEqualTo("/networking/v2.0/floatingips")).withQueryParam("port_id", equalTo("port-1"))
                .willReturn(json("{\"floatingips\":[{\"id\":\"fip-1\",\"port_id\":\"port-1\"}]}")));
        wm.stubFor(delete(urlEqualTo("/networking/v2.0/floatingips/fip-1")).willReturn(json(204, "")));
        wm.stubFor(delete(urlEqualTo("/compute/v2.1/servers/" + ID)).willReturn(json(204, "")));
        wm.stubFor(get(urlEqualTo("/compute/v2.1/servers/" + ID)).willReturn(json(404,
                "{\"itemNotFound\":{\"code\":404,\"message\":\"Instance could not be found.\"}}")));

        try (OpenStackProvider p = WireCloud.provider(wm, true)) {
            p.servers().delete(ID);
        }

        wm.verify(deleteRequestedFor(urlEqualTo("/networking/v2.0/floatingips/fip-1")));
        wm.verify(deleteRequestedFor(urlEqualTo("/compute/v2.1/servers/" + ID)));
    }

    private void stubServer(String state, String status, String flavor, String next) {
        wm.stubFor(get(urlEqualTo("/compute/v2.1/servers/" + ID)).inScenario("s").whenScenarioStateIs(state).willReturn(json("""
                {"server":{"id":"%s","name":"a","status":"%s","addresses":{},"flavor":{"original_name":"%s"}}}"""
                .formatted(ID, status, flavor))).willSetStateTo(next));
    }
}
