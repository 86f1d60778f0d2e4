package dev.cloudmaker.emulator.kit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class EmulatorOptionsTest {

    @Test
    void defaultsAreAFreePortNoStateThreeSecondBootsAndTwoHundredFiftyAMinute() {
        assertThat(EmulatorOptions.defaults()).isEqualTo(
                new EmulatorOptions(0, null, Duration.ofSeconds(3), Duration.ZERO, 250, List.of(), 0, null, List.of()));
    }

    @Test
    void eachWitherChangesItsSettingOnly() {
        EmulatorOptions o = EmulatorOptions.defaults().withPort(8080).withStateFile(Path.of("s.json"))
                .withBootDelay(Duration.ofMillis(200)).withLatency(Duration.ofMillis(5)).withRateLimitPerMinute(0)
                .withFaults(List.of("503@droplets=0.2")).withSeed(7).withAccount("alice")
                .withKeyFiles(List.of(Path.of("id.pub")));
        assertThat(o).isEqualTo(new EmulatorOptions(8080, Path.of("s.json"), Duration.ofMillis(200),
                Duration.ofMillis(5), 0, List.of("503@droplets=0.2"), 7, "alice", List.of(Path.of("id.pub"))));
    }

    @Test
    void aUserLoginIsSetPartByPartAndItsPasswordIsNeverShown() {
        EmulatorOptions o = EmulatorOptions.defaults().withUser("demo").withPassword("s3cret-pw").withProject("ops")
                .withRegion("RegionTwo");
        assertThat(o.user()).isEqualTo("demo");
        assertThat(o.password()).isEqualTo("s3cret-pw");
        assertThat(o.project()).isEqualTo("ops");
        assertThat(o.region()).isEqualTo("RegionTwo");
        assertThat(o.withSeed(3).user()).isEqualTo("demo");
        assertThat(EmulatorOptions.defaults().user()).isNull();
        assertThat(o.toString()).contains("user=demo").doesNotContain("s3cret-pw");
        assertThatThrownBy(() -> o.withRegion("")).hasMessageContaining("must not be empty");
    }

    @Test
    void impossibleSettingsSayWhatIsWrong() {
        EmulatorOptions d = EmulatorOptions.defaults();
        assertThatThrownBy(() -> d.withPort(65_536)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("port 65536 is not a port");
        assertThatThrownBy(() -> d.withBootDelay(Duration.ofSeconds(-1))).hasMessageContaining("boot delay");
        assertThatThrownBy(() -> d.withLatency(null)).hasMessageContaining("latency");
        assertThatThrownBy(() -> d.withRateLimitPerMinute(-5)).hasMessageContaining("0 (off)");
        assertThatThrownBy(() -> d.withFaults(Arrays.asList("reset", null))).hasMessageContaining("fault specs");
        assertThatThrownBy(() -> d.withAccount(" ")).hasMessageContaining("account name");
        assertThatThrownBy(() -> d.withKeyFiles(Arrays.asList(Path.of("a.pub"), null))).hasMessageContaining("key files");
    }
}
