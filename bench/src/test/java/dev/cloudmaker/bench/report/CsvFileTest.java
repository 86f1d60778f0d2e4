package dev.cloudmaker.bench.report;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CsvFileTest {
    @Test
    void readsRowsByColumnNameSkippingBlankLines() {
        CsvFile csv = CsvFile.parse("noop.csv", List.of("servers,wall_s,api_calls", "100,1.25,8", "", "1000, 2.50 ,17"));

        assertThat(csv.header()).containsExactly("servers", "wall_s", "api_calls");
        assertThat(csv.rows()).hasSize(2);
        assertThat(csv.rows().get(1).number("wall_s")).isEqualTo(2.5);
        assertThat(csv.rows().get(1).line()).isEqualTo(4);
        assertThat(csv.rows().getFirst().text("servers")).isEqualTo("100");
    }

    @Test
    void aValueThatIsNoNumberIsNamedWithFileLineAndColumn() {
        CsvFile csv = CsvFile.parse("noop.csv", List.of("servers,wall_s", "100,1;25"));

        assertThatThrownBy(() -> csv.rows().getFirst().number("wall_s"))
                .hasMessage("noop.csv line 2: column wall_s is '1;25', not a number; write numbers with '.' as decimal point");
    }

    @Test
    void aLineWithTooManyValuesIsRefused() {
        assertThatThrownBy(() -> CsvFile.parse("noop.csv", List.of("servers,wall_s", "100,1,25")))
                .hasMessage("noop.csv line 2: 3 values for 2 columns (servers,wall_s)");
    }

    @Test
    void aMissingColumnAndAMissingHeaderAreNamed() {
        CsvFile csv = CsvFile.parse("fanout.csv", List.of("tool,wall_s", "cloudmaker,1.00"));

        assertThatThrownBy(() -> csv.rows().getFirst().number("machines"))
                .hasMessageStartingWith("fanout.csv line 2: no column 'machines'");
        assertThatThrownBy(() -> CsvFile.parse("fanout.csv", List.of()))
                .hasMessage("fanout.csv line 1: no header; the first line names the columns");
    }
}
