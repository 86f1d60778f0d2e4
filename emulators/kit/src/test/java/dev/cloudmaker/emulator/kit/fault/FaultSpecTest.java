package dev.cloudmaker.emulator.kit.fault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FaultSpecTest {
    @Test
    void parsesKindEndpointAndProbability() {
        FaultSpec f = FaultSpec.parse("503@droplets=0.2");
        assertThat(f.kind()).isEqualTo(FaultKind.HTTP_503);
        assertThat(f.endpoint()).isEqualTo("droplets");
        assertThat(f.method()).isNull();
        assertThat(f.probability()).isEqualTo(0.2);
    }

    @Test
    void defaultsToEveryEndpointOnce() {
        FaultSpec f = FaultSpec.parse("reset");
        assertThat(f.endpoint()).isEqualTo("*");
        assertThat(f.count()).isEqualTo(1);
        assertThat(f.probability()).isZero();
        assertThat(f.targets("tags", "DELETE")).isTrue();
    }

    @Test
    void parsesDurationsMethodsAndCounts() {
        FaultSpec slow = FaultSpec.parse("slow:500ms@droplet-actions:post=3x");
        assertThat(slow.kind()).isEqualTo(FaultKind.SLOW);
        assertThat(slow.duration()).isEqualTo(Duration.ofMillis(500));
        assertThat(slow.method()).isEqualTo("POST");
        assertThat(slow.count()).isEqualTo(3);
        assertThat(slow.targets("droplet-actions", "POST")).isTrue();
        assertThat(slow.targets("droplet-actions", "GET")).isFalse();
        assertThat(FaultSpec.parse("stale-after-create:2m").duration()).isEqualTo(Duration.ofMinutes(2));
        assertThat(FaultSpec.parse("html-502@*").kind()).isEqualTo(FaultKind.HTML_502);
    }

    @Test
    void rejectsBadPartsNamingTheChoices() {
        assertThatThrownBy(() -> FaultSpec.parse("418@droplets"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unknown fault kind \"418\"").hasMessageContaining("html-502");
        assertThatThrownBy(() -> FaultSpec.parse("503@droplets:FETCH"))
                .hasMessageContaining("unknown method \"FETCH\"").hasMessageContaining("PATCH");
        assertThatThrownBy(() -> FaultSpec.parse("503=1.5")).hasMessageContaining("invalid amount \"1.5\"");
        assertThatThrownBy(() -> FaultSpec.parse("503=0x")).hasMessageContaining("invalid amount \"0x\"");
        assertThatThrownBy(() -> FaultSpec.parse("slow")).hasMessageContaining("needs a duration");
        assertThatThrownBy(() -> FaultSpec.parse("slow:fast")).hasMessageContaining("invalid duration");
        assertThatThrownBy(() -> FaultSpec.parse("reset:3s")).hasMessageContaining("takes no duration");
        assertThatThrownBy(() -> FaultSpec.parse(" ")).hasMessageContaining("empty");
    }

    @Test
    void endpointsAreTheClouds() {
        List<String> operations = List.of("servers", "server-actions", "zones");
        assertThat(FaultSpec.parse("503@servers").requireEndpointIn(operations).endpoint()).isEqualTo("servers");
        assertThat(FaultSpec.parse("reset").requireEndpointIn(operations).endpoint()).isEqualTo("*");
        assertThatThrownBy(() -> FaultSpec.parse("503@volumes").requireEndpointIn(operations))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("invalid fault spec \"503@volumes\": unknown endpoint \"volumes\"; "
                        + "valid endpoints: servers, server-actions, zones, *");
        assertThatThrownBy(() -> FaultSpec.parse("503@")).hasMessageContaining("the endpoint after @ is empty");
    }

    @ParameterizedTest
    @ValueSource(strings = {"503@droplets=0.2", "reset@droplets:POST", "slow:1500ms@droplet-actions:POST=2x",
            "stale-after-create:200ms@droplets=3x", "pending-event=2x", "html-502", "429=0.05"})
    void printsAsWrittenWithoutDefaults(String spec) {
        assertThat(FaultSpec.parse(spec)).hasToString(spec);
        assertThat(FaultSpec.parse(FaultSpec.parse(spec).toString())).isEqualTo(FaultSpec.parse(spec));
    }
}
