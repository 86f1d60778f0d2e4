package dev.cloudmaker.openstack;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cloudmaker.core.CloudmakerException;
import dev.cloudmaker.core.spi.SizeInfo;
import dev.cloudmaker.openstack.OpenStackClients.Service;
import java.util.List;
import java.util.Map;

/** Nova's flavors, cloudmaker's sizes: a size is a flavor's name (its id is accepted too). */
final class Flavors {
    private final OpenStackApi api;
    private volatile List<JsonNode> cached;

    Flavors(OpenStackApi api) {
        this.api = api;
    }

    /** Every flavor the project may use, read once per run (flavors change rarely and never under a run). */
    List<JsonNode> all() {
        List<JsonNode> flavors = cached;
        if (flavors == null) {
            flavors = api.list(Service.COMPUTE, "/flavors/detail", Map.of(), "flavors");
            cached = flavors;
        }
        return flavors;
    }

    List<SizeInfo> sizes(String region) {
        return all().stream().map(f -> new SizeInfo(f.path("name").asText(), f.path("ram").asInt(), f.path("vcpus").asInt(),
                f.path("disk").asInt(), 0, !f.path("OS-FLV-DISABLED:disabled").asBoolean(false),
                region == null ? List.of() : List.of(region), f.path("vcpus").asInt() + " vCPU, " + f.path("ram").asInt()
                + " MB RAM, " + f.path("disk").asInt() + " GB disk")).toList();
    }

    /** The id of the flavor named {@code size} (or with that id). */
    String id(String size) {
        List<JsonNode> named = all().stream().filter(f -> size.equals(f.path("name").asText())).toList();
        if (named.size() == 1) {
            return named.getFirst().path("id").asText();
        }
        if (named.size() > 1) {
            throw new CloudmakerException("this cloud has " + named.size() + " flavors named " + size + "; give the "
                    + "flavor's id as the size instead (`openstack flavor list` shows them)");
        }
        return all().stream().filter(f -> size.equals(f.path("id").asText())).findFirst().map(f -> f.path("id").asText())
                .orElseThrow(() -> new CloudmakerException("there is no flavor " + size + " on this cloud; the sizes are "
                        + String.join(", ", all().stream().map(f -> f.path("name").asText()).toList())));
    }
}
