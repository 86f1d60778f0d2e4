package dev.cloudmaker.emulator.kit.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ActionRouterTest {
    private final ActionRouter<String> router = new ActionRouter<String>()
            .add("RunInstances", "instances", "run")
            .add("DescribeInstances", "instances", "describe")
            .add("CreateKeyPair", "key-pairs", "key");

    @Test
    void theActionComesFromAFormBody() {
        WireRequest form = request("POST", null, "application/x-www-form-urlencoded; charset=utf-8",
                "Action=RunInstances&ImageId=ami-1&MinCount=1&MaxCount=1&TagSpecification.1.Tag.1.Value=a%3Ab");
        RouteMatch<String> m = router.match(form).orElseThrow();
        assertThat(m.operation()).isEqualTo("instances");
        assertThat(m.route().handler()).isEqualTo("run");
        assertThat(ActionRouter.parameters(form)).containsEntry("ImageId", "ami-1")
                .containsEntry("TagSpecification.1.Tag.1.Value", "a:b");
    }

    @Test
    void orFromTheQueryString() {
        assertThat(router.match(request("GET", "Action=DescribeInstances&Version=2016-11-15", null, ""))
                .orElseThrow().route().handler()).isEqualTo("describe");
    }

    @Test
    void anUnknownOrMissingActionMatchesNothing() {
        assertThat(router.match(request("POST", null, "application/x-www-form-urlencoded", "Action=RebootFleet"))).isEmpty();
        assertThat(router.match(request("POST", null, "application/json", "{\"Action\":\"RunInstances\"}"))).isEmpty();
        assertThat(router.operations()).containsExactly("instances", "key-pairs");
    }

    private static WireRequest request(String method, String query, String contentType, String body) {
        Map<String, List<String>> headers = contentType == null ? Map.of() : Map.of("content-type", List.of(contentType));
        return new WireRequest(method, "/", query, headers, body.getBytes(StandardCharsets.UTF_8));
    }
}
