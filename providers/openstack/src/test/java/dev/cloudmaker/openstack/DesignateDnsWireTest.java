package dev.cloudmaker.openstack;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static dev.cloudmaker.openstack.WireCloud.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import dev.cloudmaker.core.ApiException;
import dev.cloudmaker.core.spi.DnsProvider;
import dev.cloudmaker.core.spi.DnsRecord;
import dev.cloudmaker.core.spi.RecordSpec;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Designate record sets as the DNS facet writes, waits for and reads them. */
class DesignateDnsWireTest {
    @RegisterExtension
    static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    @BeforeEach
    void cloud() {
        WireCloud.stubIdentityAndNetwork(wm);
        wm.stubFor(get(urlPathEqualTo("/dns/v2/zones")).withQueryParam("name", equalTo("example.org.")).willReturn(json("""
                {"zones":[{"id":"z1","name":"example.org.","status":"ACTIVE"}],"links":{},"metadata":{"total_count":1}}""")));
        wm.stubFor(get(urlPathEqualTo("/dns/v2/zones")).withQueryParam("name", equalTo("other.org.")).willReturn(json("""
                {"zones":[],"links":{},"metadata":{"total_count":0}}""")));
    }

    @Test
    void aRecordIsWrittenWithItsTrailingDotAndWaitedForUntilActive() {
        wm.stubFor(get(urlPathEqualTo("/dns/v2/zones/z1/recordsets")).willReturn(json("{\"recordsets\":[],\"links\":{}}")));
        wm.stubFor(post(urlEqualTo("/dns/v2/zones/z1/recordsets")).willReturn(json(202, """
                {"id":"rs1","name":"www.example.org.","type":"A","records":["192.0.2.10"],"status":"PENDING","action":"CREATE"}""")));
        wm.stubFor(get(urlEqualTo("/dns/v2/zones/z1/recordsets/rs1")).inScenario("rs").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(json("{\"id\":\"rs1\",\"status\":\"PENDING\",\"action\":\"CREATE\"}")).willSetStateTo("active"));
        wm.stubFor(get(urlEqualTo("/dns/v2/zones/z1/recordsets/rs1")).inScenario("rs").whenScenarioStateIs("active")
                .willReturn(json("{\"id\":\"rs1\",\"status\":\"ACTIVE\",\"action\":\"NONE\"}")));

        try (OpenStackProvider p = WireCloud.provider(wm, false)) {
            DnsRecord r = p.dns().orElseThrow().createRecord("example.org", new RecordSpec("A", "www", "192.0.2.10", 300));

            assertThat(r).isEqualTo(new DnsRecord("rs1", "A", "www", "192.0.2.10", 300));
        }
        wm.verify(postRequestedFor(urlEqualTo("/dns/v2/zones/z1/recordsets")).withRequestBody(equalToJson("""
                {"name":"www.example.org.","type":"A","ttl":300,"records":["192.0.2.10"]}""")));
        wm.verify(2, com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor(urlEqualTo("/dns/v2/zones/z1/recordsets/rs1")));
    }

    @Test
    void aSecondValueOfOneNameAndTypeJoinsItsSet() {
        wm.stubFor(get(urlPathEqualTo("/dns/v2/zones/z1/recordsets")).willReturn(json("""
                {"recordsets":[{"id":"rs1","name":"www.example.org.","type":"A","records":["192.0.2.10"],"ttl":300}],"links":{}}""")));
        wm.stubFor(put(urlEqualTo("/dns/v2/zones/z1/recordsets/rs1")).willReturn(json(202, "{\"id\":\"rs1\",\"status\":\"PENDING\"}")));
        wm.stubFor(get(urlEqualTo("/dns/v2/zones/z1/recordsets/rs1")).willReturn(json("{\"id\":\"rs1\",\"status\":\"ACTIVE\"}")));

        try (OpenStackProvider p = WireCloud.provider(wm, false)) {
            p.dns().orElseThrow().createRecord("example.org", new RecordSpec("A", "www", "192.0.2.11", 300));
        }

        wm.verify(putRequestedFor(urlEqualTo("/dns/v2/zones/z1/recordsets/rs1")).withRequestBody(equalToJson("""
                {"ttl":300,"records":["192.0.2.10","192.0.2.11"]}""")));
    }

    @Test
    void recordsReadBackRelativeWithoutDesignatesOwnSoaAndNs() {
        wm.stubFor(get(urlPathEqualTo("/dns/v2/zones/z1/recordsets")).willReturn(json("""
                {"recordsets":[{"id":"s","name":"example.org.","type":"SOA","records":["ns1. h. 1 2 3 4 5"],"ttl":3600},
                               {"id":"n","name":"example.org.","type":"NS","records":["ns1.example.net."],"ttl":3600},
                               {"id":"a","name":"example.org.","type":"A","records":["192.0.2.1"],"ttl":60},
                               {"id":"b","name":"api.example.org.","type":"AAAA","records":["2001:db8::1"],"ttl":60}],"links":{}}""")));

        try (OpenStackProvider p = WireCloud.provider(wm, false)) {
            DnsProvider dns = p.dns().orElseThrow();

            assertThat(dns.records("example.org")).containsExactly(new DnsRecord("a", "A", "@", "192.0.2.1", 60),
                    new DnsRecord("b", "AAAA", "api", "2001:db8::1", 60));
        }
    }

    @Test
    void aMissingZoneIsNotFoundAndSaysHowToMakeIt() {
        try (OpenStackProvider p = WireCloud.provider(wm, false)) {
            assertThatThrownBy(() -> p.dns().orElseThrow().records("other.org")).isInstanceOf(ApiException.class)
                    .hasMessageContaining("no zone other.org.").hasMessageContaining("--create-zones")
                    .satisfies(e -> assertThat(((ApiException) e).isNotFound()).isTrue());
        }
    }

    @Test
    void aZoneItCreatesHasTheProvidersZoneEmailAsItsContact() {
        stubZoneCreate();

        try (OpenStackProvider p = WireCloud.provider(wm, false, "dns@ops.example.net")) {
            p.dns().orElseThrow().createDomain("other.org");
        }

        wm.verify(postRequestedFor(urlEqualTo("/dns/v2/zones")).withRequestBody(equalToJson("""
                {"name":"other.org.","email":"dns@ops.example.net","ttl":3600}""")));
    }

    @Test
    void withoutAZoneEmailTheContactIsHostmasterOfTheZone() {
        stubZoneCreate();

        try (OpenStackProvider p = WireCloud.provider(wm, false)) {
            p.dns().orElseThrow().createDomain("other.org");
        }

        wm.verify(postRequestedFor(urlEqualTo("/dns/v2/zones")).withRequestBody(equalToJson("""
                {"name":"other.org.","email":"hostmaster@other.org","ttl":3600}""")));
    }

    private static void stubZoneCreate() {
        wm.stubFor(post(urlEqualTo("/dns/v2/zones")).willReturn(json(202, """
                {"id":"z9","name":"other.org.","status":"PENDING","action":"CREATE"}""")));
        wm.stubFor(get(urlEqualTo("/dns/v2/zones/z9")).willReturn(json("{\"id\":\"z9\",\"status\":\"ACTIVE\",\"action\":\"NONE\"}")));
    }
}
