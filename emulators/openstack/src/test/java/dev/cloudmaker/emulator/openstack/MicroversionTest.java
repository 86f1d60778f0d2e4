package dev.cloudmaker.emulator.openstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class MicroversionTest {

    @ParameterizedTest
    @CsvSource(nullValues = "-", value = {
            "-, -, 2.1",
            "compute 2.73, -, 2.73",
            "'volume 3.5, compute 2.47', -, 2.47",
            "-, 2.26, 2.26",
            "compute latest, 2.1, 2.79",
            "volume 3.5, 2.10, 2.10"})
    void theNewHeaderWinsOverTheLegacyOneAndNothingMeansTwoPointOne(String openStack, String nova, String expected) {
        assertThat(Microversion.requested(openStack, nova)).hasToString(expected);
    }

    @Test
    void versionsCompareNumericallyAndOutOfRangeIsSaid() {
        assertThat(Microversion.parse("2.10").atLeast(Microversion.parse("2.9"))).isTrue();
        assertThat(Microversion.parse("2.80").inRange()).isFalse();
        assertThat(Microversion.parse("2.0").inRange()).isFalse();
        assertThatThrownBy(() -> Microversion.parse("two")).isInstanceOf(OsError.class)
                .hasMessageContaining("Invalid API version request string");
    }
}
