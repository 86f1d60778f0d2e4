package dev.cloudmaker.triton;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;

/** A machine as CloudAPI answers ListMachines and GetMachine; {@code tags} keep their JSON types. */
record MachineDto(String id, String name, String state, String image, @JsonProperty("package") String pkg,
                  Map<String, JsonNode> tags, List<NicDto> nics, String primaryIp, String created) {
    MachineDto {
        tags = tags == null ? Map.of() : tags;
        nics = nics == null ? List.of() : nics;
    }

    /** One network interface: its IPv4 address and whether it is the primary one (the public address). */
    record NicDto(String ip, boolean primary) {
    }
}
