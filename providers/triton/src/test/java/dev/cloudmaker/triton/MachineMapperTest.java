package dev.cloudmaker.triton;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.cloudmaker.core.spi.CloudServer;
import dev.cloudmaker.core.spi.Mark;
import dev.cloudmaker.core.spi.ServerStatus;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** CloudAPI machines read as cloudmaker's servers: states, marks from tags, addresses from NICs. */
class MachineMapperTest {

    @ParameterizedTest
    @CsvSource({
            "provisioning, NEW, false",
            "running, ACTIVE, false",
            "ready, ACTIVE, true",
            "stopping, ACTIVE, true",
            "stopped, OFF, false",
            "failed, FAILED, false",
            "offline, UNKNOWN, false"})
    void eachStateReadsAsWhatCloudmakerWaitsFor(String state, ServerStatus status, boolean busy) {
        CloudServer s = MachineMapper.toServer(machine(state, Map.of()), "us-central-1");

        assertThat(s.status()).isEqualTo(status);
        assertThat(s.locked()).isEqualTo(busy);
    }

    @Test
    void marksComeFromTagsAndTheUsersTagsAreShownAsTheyWereGiven() {
        Map<String, JsonNode> tags = Map.of(TritonTags.NAMESPACE, TextNode.valueOf("shop"),
                TritonTags.POWERED_OFF, BooleanNode.TRUE, TritonTags.IMAGE, TextNode.valueOf("debian-12"),
                "env-prod", BooleanNode.TRUE, "tier", IntNode.valueOf(2));

        CloudServer s = MachineMapper.toServer(machine("running", tags), "us-central-1");

        assertThat(s.namespace()).isEqualTo("shop");
        assertThat(s.poweredOffForResize()).isTrue();
        assertThat(s.image()).as("the image as requested, not its UUID").isEqualTo("debian-12");
        assertThat(s.tags()).containsExactlyInAnyOrder("env-prod", "tier=2");
        assertThat(s.region()).isEqualTo("us-central-1");
        assertThat(s.size()).isEqualTo("g1.nano");
    }

    @Test
    void thePrimaryNicIsThePublicAddressAndAnotherThePrivateOne() {
        MachineDto m = new MachineDto("0b7c6f5e-9a1d-4c3b-8e2f-1a2b3c4d5e6f", "web1", "running", "img", "g1.nano", Map.of(),
                List.of(new MachineDto.NicDto("10.0.0.5", false), new MachineDto.NicDto("165.225.1.9", true)), "165.225.1.9",
                "2026-12-04T10:00:00.000Z");

        CloudServer s = MachineMapper.toServer(m, "dc");

        assertThat(s.networking().publicIpv4()).isEqualTo("165.225.1.9");
        assertThat(s.networking().privateIpv4()).isEqualTo("10.0.0.5");
        assertThat(s.createdAt()).isNotNull();
    }

    @Test
    void aMachineMadeElsewhereHasNoNamespaceImageOrMarks() {
        CloudServer s = MachineMapper.toServer(machine("running", Map.of("role", TextNode.valueOf("db"))), "dc");

        assertThat(s.namespace()).isNull();
        assertThat(s.image()).isNull();
        assertThat(s.poweredOffForResize()).isFalse();
        assertThat(s.tags()).containsExactly("role=db");
    }

    @Test
    void aUsersTagNeverSpellsAMark() {
        assertThat(TritonTags.isUserTag("cloudmaker.namespace")).isFalse();
        assertThat(TritonTags.isUserTag("cloudmaker:shop")).isFalse();
        assertThat(TritonTags.isUserTag("env-prod")).isTrue();
        assertThat(TritonTags.of(new Mark.Namespace("shop")).getValue().asText()).isEqualTo("shop");
    }

    private static MachineDto machine(String state, Map<String, JsonNode> tags) {
        return new MachineDto("0b7c6f5e-9a1d-4c3b-8e2f-1a2b3c4d5e6f", "web1", state, "img", "g1.nano", tags, List.of(), null, null);
    }
}
