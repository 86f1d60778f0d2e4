package dev.cloudmaker.bench.report;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TargetTest {
    @ParameterizedTest(name = "ratio {0} against ≤ 1.2: met {1}")
    @CsvSource({"1.05, true", "1.2, true", "1.21, false", "3, false"})
    void anUpperBoundIsMetAtOrUnderIt(double ratio, boolean met) {
        Target t = new Target("provision", "wall over floor", ratio, 1.2, true);

        assertThat(t.met()).isEqualTo(met);
        assertThat(t.verdict()).startsWith(met ? "met (" : "missed (").contains("goal ≤ 1.20");
    }

    @ParameterizedTest(name = "ratio {0} against ≥ 5: met {1}")
    @CsvSource({"5, true", "7.5, true", "4.99, false"})
    void aLowerBoundIsMetAtOrOverIt(double ratio, boolean met) {
        assertThat(new Target("vs Ansible", "Ansible over cloudmaker", ratio, 5, false).met()).isEqualTo(met);
    }

    @ParameterizedTest(name = "at least {0} against ≥ 5: measured {1}")
    @CsvSource({"9.5, true", "5, true", "4.2, false"})
    void aRatioKnownOnlyFromBelowMeetsAnAtLeastGoalOrSaysNothing(double atLeast, boolean measured) {
        Target t = Target.lowerBound("vs Ansible", "Ansible over cloudmaker", atLeast, 5);

        assertThat(t.measured()).isEqualTo(measured);
        assertThat(t.met()).isEqualTo(measured);
        assertThat(t.verdict()).startsWith(measured ? "met (≥ " : "not measured (at least ");
    }

    @Test
    void aTargetWithoutItsRowsIsNeitherMetNorMissed() {
        Target t = Target.notMeasured("provision", "wall over floor", 1.2, true);

        assertThat(t.met()).isFalse();
        assertThat(t.verdict()).isEqualTo("not measured");
    }

    @Test
    void noopCallsMustFollowPagesNotServers() {
        CsvFile pagesOnly = CsvFile.parse("noop.csv", List.of("servers,wall_s,api_calls,pages,peak_rss_mb",
                "100,1.30,8,1,120", "1000,1.90,12,5,140"));
        CsvFile perServer = CsvFile.parse("noop.csv", List.of("servers,wall_s,api_calls,pages,peak_rss_mb",
                "100,1.30,108,1,120", "1000,9.00,1012,5,140"));

        assertThat(NoopSection.target(pagesOnly.rows()).ratio()).isEqualTo(1.0);
        assertThat(NoopSection.target(pagesOnly.rows()).met()).isTrue();
        assertThat(NoopSection.target(perServer.rows()).met()).isFalse();
        assertThat(NoopSection.target(perServer.rows().subList(0, 1)).measured()).isFalse();
    }
}
