package dev.cloudmaker.aws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cloudmaker.core.CloudmakerException;
import dev.cloudmaker.core.spi.RecordChange;
import dev.cloudmaker.core.spi.RecordSpec;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.route53.model.AliasTarget;
import software.amazon.awssdk.services.route53.model.Change;
import software.amazon.awssdk.services.route53.model.ChangeAction;
import software.amazon.awssdk.services.route53.model.ResourceRecord;
import software.amazon.awssdk.services.route53.model.ResourceRecordSet;

class RrsetEditTest {
    @Test
    void recordsOfOneNameAndTypeAreOneSetKeepingTheValuesAlreadyThere() {
        List<Change> changes = RrsetEdit.changes("example.com", List.of(set("www", "A", 300, "192.0.2.1")), List.of(
                create("www", "192.0.2.2"), create("www", "192.0.2.3"), create("web1", "192.0.2.2")));

        assertThat(changes).extracting(c -> c.action() + " " + c.resourceRecordSet().name() + " " + values(c)).containsExactly(
                "UPSERT www.example.com. [192.0.2.1, 192.0.2.2, 192.0.2.3]", "UPSERT web1.example.com. [192.0.2.2]");
    }

    @Test
    void aSetsLastValueGoneIsItsExactDeleteAndOneOfSeveralAnUpsertOfTheRest() {
        ResourceRecordSet web = set("web", "A", 60, "192.0.2.1");
        List<Change> changes = RrsetEdit.changes("example.com", List.of(web, set("www", "A", 300, "192.0.2.1", "192.0.2.2")),
                List.of(new RecordChange.Delete("A/web", "A", "web", "192.0.2.1"),
                        new RecordChange.Delete("A/www/192.0.2.1", "A", "www", "192.0.2.1"),
                        new RecordChange.Delete("A/gone", "A", "gone", "192.0.2.9")));

        assertThat(changes).hasSize(2);
        assertThat(changes.get(0).action()).isEqualTo(ChangeAction.DELETE);
        assertThat(changes.get(0).resourceRecordSet()).isEqualTo(web);
        assertThat(changes.get(1).action()).isEqualTo(ChangeAction.UPSERT);
        assertThat(values(changes.get(1))).containsExactly("192.0.2.2");
    }

    @Test
    void anUpdateMovesTheValueAndAMovedNameTakesItsOldSetAway() {
        List<Change> changes = RrsetEdit.changes("example.com", List.of(set("old", "A", 300, "192.0.2.1"),
                set("web", "A", 300, "192.0.2.5")), List.of(
                new RecordChange.Update("A/web", new RecordSpec("A", "web", "192.0.2.6", 300)),
                new RecordChange.Update("A/old", new RecordSpec("A", "new", "192.0.2.1", 300))));

        assertThat(changes).extracting(c -> c.action() + " " + c.resourceRecordSet().name() + " " + values(c))
                .containsExactlyInAnyOrder("UPSERT web.example.com. [192.0.2.6]", "DELETE old.example.com. [192.0.2.1]",
                        "UPSERT new.example.com. [192.0.2.1]");
    }

    @Test
    void setsAlreadyAsAskedAreNotSent() {
        assertThat(RrsetEdit.changes("example.com", List.of(set("www", "A", 300, "192.0.2.1")),
                List.of(create("www", "192.0.2.1"), new RecordChange.Delete("A/gone", "A", "gone", "192.0.2.9")))).isEmpty();
    }

    @Test
    void aCnameAtTheNameOrAnAliasSetFailsTheWholeBatchBeforeAnythingIsSent() {
        ResourceRecordSet cname = set("www", "CNAME", 300, "lb.example.net.");
        ResourceRecordSet alias = ResourceRecordSet.builder().name("example.com.").type("A")
                .aliasTarget(AliasTarget.builder().dnsName("lb.amazonaws.com.").hostedZoneId("Z1").build()).build();

        assertThatThrownBy(() -> RrsetEdit.changes("example.com", List.of(cname, alias),
                List.of(create("web1", "192.0.2.1"), create("www", "192.0.2.1"), create("@", "192.0.2.1"))))
                .isInstanceOf(CloudmakerException.class)
                .hasMessageContaining("nothing was changed")
                .hasMessageContaining("www.example.com. would hold a CNAME beside [A]")
                .hasMessageContaining("A example.com. is an alias, made outside cloudmaker")
                .hasMessageNotContaining("web1");
    }

    @Test
    void aCnameWhoseSetIsDeletedInTheSameBatchIsNoConflict() {
        List<Change> changes = RrsetEdit.changes("example.com", List.of(set("www", "CNAME", 300, "lb.example.net.")),
                List.of(new RecordChange.Delete("CNAME/www", "CNAME", "www", "lb.example.net."), create("www", "192.0.2.1")));

        assertThat(changes).extracting(Change::action).containsExactlyInAnyOrder(ChangeAction.DELETE, ChangeAction.UPSERT);
    }

    static RecordChange create(String name, String value) {
        return new RecordChange.Create(new RecordSpec("A", name, value, 300));
    }

    static ResourceRecordSet set(String name, String type, long ttl, String... values) {
        return ResourceRecordSet.builder().name(RecordSets.absolute("example.com", name)).type(type).ttl(ttl)
                .resourceRecords(Arrays.stream(values).map(v -> ResourceRecord.builder().value(v).build()).toList()).build();
    }

    static List<String> values(Change c) {
        return c.resourceRecordSet().resourceRecords().stream().map(ResourceRecord::value).toList();
    }
}
