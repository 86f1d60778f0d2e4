package dev.cloudmaker.emulator.digitalocean;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class PaginationTest {
    private final List<Integer> items = IntStream.range(0, 450).boxed().toList();

    @Test
    void defaultsAndClamps() {
        assertThat(Pagination.from(Map.of())).isEqualTo(new Pagination(1, 20));
        assertThat(Pagination.from(Map.of("per_page", "500", "page", "0"))).isEqualTo(new Pagination(1, 200));
        assertThat(Pagination.from(Map.of("per_page", "abc"))).isEqualTo(new Pagination(1, 20));
    }

    @Test
    void slicesPages() {
        assertThat(new Pagination(1, 200).slice(items)).hasSize(200).startsWith(0);
        assertThat(new Pagination(3, 200).slice(items)).hasSize(50).startsWith(400).endsWith(449);
        assertThat(new Pagination(4, 200).slice(items)).isEmpty();
        assertThat(Pagination.lastPage(450, 200)).isEqualTo(3);
        assertThat(Pagination.lastPage(0, 20)).isEqualTo(1);
        assertThat(Pagination.lastPage(40, 20)).isEqualTo(2);
    }

    @Test
    void linksKeepFiltersAndPointBothWays() {
        var middle = new Pagination(2, 200).pageLinks("http://127.0.0.1:1", "/v2/droplets", Map.of("tag_name", "web"), 450);
        assertThat(middle.get("first").asText()).isEqualTo("http://127.0.0.1:1/v2/droplets?page=1&per_page=200&tag_name=web");
        assertThat(middle.get("prev").asText()).contains("page=1");
        assertThat(middle.get("next").asText()).contains("page=3");
        assertThat(middle.get("last").asText()).contains("page=3");
        var first = new Pagination(1, 200).pageLinks("http://h", "/v2/x", Map.of(), 450);
        assertThat(first.has("first")).isFalse();
        assertThat(first.has("prev")).isFalse();
        var only = new Pagination(1, 20).pageLinks("http://h", "/v2/x", Map.of(), 5);
        assertThat(only.isEmpty()).isTrue();
    }
}
