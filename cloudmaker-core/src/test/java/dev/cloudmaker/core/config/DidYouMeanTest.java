package dev.cloudmaker.core.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The one did-you-mean: keys of the user's files and providers' catalog names alike. */
class DidYouMeanTest {
    private static final List<String> SIZES = List.of("g1.nano", "g1.micro", "g1.small", "g1.medium");

    @ParameterizedTest
    @CsvSource({"g1.smal, g1.small", "g1.smalll, g1.small", "G1.MICRO, g1.micro", "g1.nanno, g1.nano", "g2.medum, g1.medium"})
    void aNameATypoAwayIsSuggested(String typed, String expected) {
        assertThat(DidYouMean.suggest(typed, SIZES)).contains(expected);
    }

    @Test
    void aNameFarFromEveryOfferedOneSuggestsNothing() {
        assertThat(DidYouMean.suggest("x9.huge", SIZES)).isEmpty();
        assertThat(DidYouMean.suggest("b", List.of("a"))).as("one letter is not a typo of another").isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"kitten, sitting, 3", "size, szie, 2", "'', abc, 3", "same, same, 0", "flaw, lawn, 2"})
    void theDistanceCountsInsertionsDeletionsAndSubstitutions(String a, String b, int expected) {
        assertThat(DidYouMean.distance(a, b)).isEqualTo(expected).isEqualTo(DidYouMean.distance(b, a));
    }
}
