package dev.cloudmaker.aws;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.route53.model.Change;
import software.amazon.awssdk.services.route53.model.ChangeAction;

class ChangeChunksTest {
    @Test
    void aBatchWithinTheLimitsIsOneRequest() {
        List<Change> changes = upserts(500, "192.0.2.1");

        assertThat(ChangeChunks.of(changes)).containsExactly(changes);
    }

    @Test
    void anUpsertCountsItsRecordsTwiceSo501SingleValueUpsertsAreTwoRequests() {
        List<Change> changes = upserts(501, "192.0.2.1");

        assertThat(ChangeChunks.of(changes)).extracting(List::size).containsExactly(500, 1);
    }

    @Test
    void deletesCountOnceAndLongValuesAreCutAt32000Characters() {
        List<Change> deletes = upserts(1000, "192.0.2.1").stream()
                .map(c -> c.toBuilder().action(ChangeAction.DELETE).build()).toList();
        assertThat(ChangeChunks.of(deletes)).hasSize(1);

        List<Change> long250 = upserts(70, "x".repeat(250));
        assertThat(ChangeChunks.of(long250)).extracting(List::size).containsExactly(64, 6);
    }

    private static List<Change> upserts(int n, String value) {
        return IntStream.range(0, n).mapToObj(i -> Change.builder().action(ChangeAction.UPSERT)
                .resourceRecordSet(RrsetEditTest.set("web" + i, "A", 300, value)).build()).toList();
    }
}
