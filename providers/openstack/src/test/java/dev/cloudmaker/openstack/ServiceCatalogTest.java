package dev.cloudmaker.openstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cloudmaker.core.http.Json;
import org.junit.jupiter.api.Test;

/** Endpoints chosen from Keystone's catalog as keystoneauth chooses them. */
class ServiceCatalogTest {
    private static final String CATALOG = """
            [{"type":"compute","name":"nova","endpoints":[
               {"interface":"public","region_id":"RegionOne","url":"https://nova.one/v2.1"},
               {"interface":"internal","region_id":"RegionOne","url":"http://nova.internal/v2.1"},
               {"interface":"public","region":"RegionTwo","url":"https://nova.two/v2.1"}]},
             {"type":"image","endpoints":[{"interface":"publicURL","region_id":"RegionOne","url":"https://glance.one"}]},
             {"type":"dns","endpoints":[{"interface":"public","region_id":"RegionOne","url":"https://dns.one"}]}]
            """;

    private final ServiceCatalog catalog = ServiceCatalog.of(read(CATALOG));

    @Test
    void theEndpointOfTheInterfaceAndRegion() {
        assertThat(catalog.endpoint("compute", "public", "RegionOne")).hasToString("https://nova.one/v2.1");
        assertThat(catalog.endpoint("compute", "internal", "RegionOne")).hasToString("http://nova.internal/v2.1");
        assertThat(catalog.endpoint("compute", "public", "RegionTwo")).as("the v2-style region key").hasToString("https://nova.two/v2.1");
        assertThat(catalog.endpoint("image", "publicURL", "RegionOne")).as("publicURL reads as public").hasToString("https://glance.one");
        assertThat(catalog.regions("compute")).containsExactly("RegionOne", "RegionTwo");
    }

    @Test
    void withoutARegionTheOnlyRegionOfferingTheServiceIsTaken() {
        assertThat(catalog.endpoint("dns", "public", null)).hasToString("https://dns.one");
    }

    @Test
    void severalRegionsAndNoRegionNameAsksForOne() {
        assertThatThrownBy(() -> catalog.endpoint("compute", "public", null))
                .hasMessageContaining("several regions (RegionOne, RegionTwo)").hasMessageContaining("region_name");
    }

    @Test
    void anUnknownRegionNamesTheRegionsThatOfferTheService() {
        assertThatThrownBy(() -> catalog.endpoint("compute", "public", "Mars"))
                .hasMessageContaining("no compute endpoint in region Mars").hasMessageContaining("RegionOne, RegionTwo");
    }

    @Test
    void aMissingInterfaceOrServiceIsSaidAsSuch() {
        assertThatThrownBy(() -> catalog.endpoint("compute", "admin", "RegionOne"))
                .hasMessageContaining("no admin compute endpoint").hasMessageContaining("internal, public");
        assertThatThrownBy(() -> catalog.endpoint("network", "public", "RegionOne"))
                .hasMessageContaining("does not offer the network service");
    }

    @Test
    void serviceUrlsGetTheirApiVersionUnlessTheyHaveIt() {
        assertThat(OpenStackClients.versioned(java.net.URI.create("http://h/networking/"), "/v2.0")).hasToString("http://h/networking/v2.0");
        assertThat(OpenStackClients.versioned(java.net.URI.create("http://h:9696/v2.0"), "/v2.0")).hasToString("http://h:9696/v2.0");
        assertThat(OpenStackClients.versioned(java.net.URI.create("http://h/compute/v2.1"), "")).hasToString("http://h/compute/v2.1");
    }

    static JsonNode read(String json) {
        try {
            return Json.MAPPER.readTree(json);
        } catch (Exception e) {
            throw new IllegalArgumentException(e);
        }
    }
}
