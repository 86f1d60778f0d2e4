package dev.cloudmaker.emulator.triton;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cloudmaker.emulator.kit.EmulatorJson;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What benchmarks and the library's example set up without requests: machines put straight into the account (as a
 * create leaves them once booted) and another datacenter listed beside the emulator's own.
 */
class SeededStateIT {

    @Test
    void aSeededMachineIsRunningWithAddressesItsTagsAndTheNewestImageOfItsName() throws Exception {
        try (TritonFixture triton = TritonFixture.start(Clock.systemUTC(), b -> b)) {
            String id = triton.emulator().seedMachine("srv-001", "g1.nano", "base-64-lts",
                    Map.of("cloudmaker.namespace", "default"));

            HttpResponse<String> list = triton.client().get("/alice/machines?tag.cloudmaker.namespace=default");
            JsonNode machines = EmulatorJson.MAPPER.readTree(list.body());
            assertThat(list.headers().firstValue("x-resource-count")).contains("1");
            JsonNode m = machines.get(0);
            assertThat(m.get("id").asText()).isEqualTo(id);
            assertThat(m.get("name").asText()).isEqualTo("srv-001");
            assertThat(m.get("state").asText()).isEqualTo("running");
            assertThat(m.get("package").asText()).isEqualTo("g1.nano");
            assertThat(m.get("image").asText()).isEqualTo("e44ed3e0-910b-11ed-a5d4-00151714048c");
            assertThat(m.get("primaryIp").asText()).isNotBlank();
            assertThat(m.get("tags").get("cloudmaker.namespace").asText()).isEqualTo("default");
        }
    }

    @Test
    void anotherDatacenterIsListedAndFoundByNameBesideTheEmulatorsOwn() throws Exception {
        try (TritonFixture triton = TritonFixture.start(Clock.systemUTC(), b -> b.datacenter("us-west-1"))) {
            triton.emulator().addDatacenter("us-east-1", URI.create("http://127.0.0.1:1"));

            JsonNode all = EmulatorJson.MAPPER.readTree(triton.client().get("/alice/datacenters").body());
            HttpResponse<String> east = triton.client().get("/alice/datacenters/us-east-1");

            assertThat(all.get("us-west-1").asText()).isEqualTo(triton.emulator().baseUrl().toString());
            assertThat(all.get("us-east-1").asText()).isEqualTo("http://127.0.0.1:1");
            assertThat(east.statusCode()).isEqualTo(302);
            assertThat(east.headers().firstValue("location")).contains("http://127.0.0.1:1");
        }
    }
}
