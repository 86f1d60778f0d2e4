package dev.cloudmaker.emulator.kit.http;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PathRouterTest {
    private final PathRouter<String> router = new PathRouter<String>()
            .add("GET", "/v2/droplets", "droplets", "list")
            .add("GET", "/v2/droplets/{}", "droplets", "get")
            .add("POST", "/v2/droplets/{}/actions", "droplet-actions", "act")
            .add("GET", "/v2/droplets/{}/actions/{}", "droplet-actions", "action")
            .add("GET", "/v2/domains/{}/records", "records", "records")
            .add("GET", "/v2/domains/{}/records/{}", "records", "record");

    @Test
    void matchesPathsAndCollectsTheirParameters() {
        RouteMatch<String> m = router.match("GET", "/v2/droplets/42/actions/7").orElseThrow();
        assertThat(m.operation()).isEqualTo("droplet-actions");
        assertThat(m.route().handler()).isEqualTo("action");
        assertThat(m.params()).containsExactly("42", "7");
        assertThat(router.match("GET", "/v2/droplets/").orElseThrow().route().handler()).isEqualTo("list");
    }

    @Test
    void aKnownPathWithAnotherMethodMatchesWithoutARouteAndAnUnknownOneNotAtAll() {
        RouteMatch<String> wrongMethod = router.match("DELETE", "/v2/droplets/42/actions").orElseThrow();
        assertThat(wrongMethod.operation()).isEqualTo("droplet-actions");
        assertThat(wrongMethod.route()).isNull();
        assertThat(router.match("GET", "/v2/volumes")).isEmpty();
        assertThat(router.match("GET", "/v2/droplets/42/neighbors")).isEmpty();
    }

    @Test
    void operationsAreListedOnceInTheOrderAdded() {
        assertThat(router.operations()).containsExactly("droplets", "droplet-actions", "records");
    }
}
