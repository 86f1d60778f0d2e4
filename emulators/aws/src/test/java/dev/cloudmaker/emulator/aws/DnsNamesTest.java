package dev.cloudmaker.emulator.aws;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DnsNamesTest {

    @Test
    void namesAreLowerCaseWithTheirDotAndOctalEscapesRoundTrip() {
        assertThat(DnsNames.normalize("WWW.Example.NET")).isEqualTo("www.example.net.");
        assertThat(DnsNames.normalize("\\052.example.net.")).isEqualTo("*.example.net.");
        assertThat(DnsNames.escape("*.example.net.")).isEqualTo("\\052.example.net.");
    }

    @Test
    void route53SortsByReversedLabels() {
        List<String> names = new ArrayList<>(List.of("www.b.com.", "a.com.", "z.a.com.", "b.com."));
        names.sort(DnsNames.ORDER);
        assertThat(names).containsExactly("a.com.", "z.a.com.", "b.com.", "www.b.com.");
    }
}
