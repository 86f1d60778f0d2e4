package dev.cloudmaker.emulator.triton;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Accept-Version ranges as restify matches them against CloudAPI's route versions. */
class ApiVersionTest {

    @ParameterizedTest
    @CsvSource({"'~9||~8', 9.0.0", "'~8', 8.0.0", "'~7.2', 7.2.0", "'~7', 7.3.0", "'8', 8.0.0", "'*', 9.0.0",
            "'', 9.0.0", "'>=7.1.0', 9.0.0", "'^7.1', 7.3.0", "'~7||~6', 7.3.0"})
    void theHighestMatchingVersionAnswers(String range, String version) {
        assertThat(ApiVersion.match(range)).contains(version);
    }

    @ParameterizedTest
    @CsvSource({"'~6.5'", "'10'", "'~9.1'", "'nonsense'"})
    void aRangeNoRouteVersionMatchesHasNone(String range) {
        assertThat(ApiVersion.match(range)).isEmpty();
    }
}
