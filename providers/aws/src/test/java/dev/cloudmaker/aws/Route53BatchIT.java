package dev.cloudmaker.aws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import dev.cloudmaker.core.CloudmakerException;
import dev.cloudmaker.core.spi.BatchRecords;
import dev.cloudmaker.core.spi.DnsProvider;
import dev.cloudmaker.core.spi.DnsRecord;
import dev.cloudmaker.core.spi.Provider;
import dev.cloudmaker.core.spi.RecordChange;
import dev.cloudmaker.core.spi.RecordSpec;
import dev.cloudmaker.emulator.kit.fault.FaultSpec;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A zone's records written as one ChangeResourceRecordSets against the emulator's Route 53, counted there. */
class Route53BatchIT {
    private AwsAccount account;
    private Provider provider;
    private DnsProvider dns;
    private BatchRecords batch;

    @BeforeEach
    void start() {
        account = AwsAccount.start();
        account.emulator().addZone("example.com");
        provider = account.provider();
        dns = provider.dns().orElseThrow();
        batch = dns.batch().orElseThrow();
    }

    @AfterEach
    void stop() {
        provider.close();
        account.close();
    }

    @Test
    void tenRecordsAreOneChangeOneReadAndOneWaitAndSendingThemAgainChangesNothing() {
        List<RecordChange> creates = IntStream.rangeClosed(1, 10)
                .mapToObj(i -> (RecordChange) new RecordChange.Create(new RecordSpec("A", "web" + i, "192.0.2." + i, 300)))
                .toList();
        dns.domains();
        account.emulator().resetStats();

        batch.apply("example.com", creates);

        assertThat(account.emulator().stats().byEndpoint()).containsEntry("POST ChangeResourceRecordSets", 1)
                .containsEntry("GET ListResourceRecordSets", 1).containsEntry("GET GetChange", 1);
        assertThat(records()).hasSize(10).contains(tuple("A", "web7", "192.0.2.7"));

        account.emulator().resetStats();
        batch.apply("example.com", creates);
        assertThat(account.emulator().stats().byEndpoint()).doesNotContainKey("POST ChangeResourceRecordSets");
    }

    @Test
    void twoServersOfOneNameShareASetAndDeletesOfBothTakeItAway() {
        batch.apply("example.com", List.of(new RecordChange.Create(new RecordSpec("A", "www", "192.0.2.1", 300)),
                new RecordChange.Create(new RecordSpec("A", "www", "192.0.2.2", 300))));
        List<DnsRecord> written = dns.records("example.com").stream().filter(r -> r.name().equals("www")).toList();
        assertThat(written).extracting(DnsRecord::data).containsExactly("192.0.2.1", "192.0.2.2");

        batch.apply("example.com", written.stream().map(r -> (RecordChange) new RecordChange.Delete(r.id(), r.type(),
                r.name(), r.data())).toList());

        assertThat(records()).noneMatch(t -> t.toList().contains("www"));
    }

    @Test
    void aConflictWithACnameChangesNothing() {
        account.emulator().addRecord("example.com", "CNAME", "www", "lb.example.net.");
        account.emulator().resetStats();

        assertThatThrownBy(() -> batch.apply("example.com", List.of(
                new RecordChange.Create(new RecordSpec("A", "web1", "192.0.2.1", 300)),
                new RecordChange.Create(new RecordSpec("A", "www", "192.0.2.1", 300)))))
                .isInstanceOf(CloudmakerException.class).hasMessageContaining("CNAME");

        assertThat(account.emulator().stats().byEndpoint()).doesNotContainKey("POST ChangeResourceRecordSets");
        assertThat(records()).noneMatch(t -> t.toList().contains("web1"));
    }

    @Test
    void aBatchWhoseReplyIsDroppedAfterItTookEffectEndsAsAskedWhenItsResendFindsItsDeleteGone() {
        provider.close();
        account.close();
        account = AwsAccount.start(b -> b.fault(FaultSpec.parse("drop-reply@ChangeResourceRecordSets=1x")));
        account.emulator().addZone("example.com");
        account.emulator().addRecord("example.com", "A", "old", "192.0.2.9");
        account.emulator().addRecord("example.com", "A", "web", "192.0.2.1");
        provider = account.provider();
        dns = provider.dns().orElseThrow();

        dns.batch().orElseThrow().apply("example.com", List.of(new RecordChange.Delete("A/old", "A", "old", "192.0.2.9"),
                new RecordChange.Update("A/web", new RecordSpec("A", "web", "192.0.2.5", 300)),
                new RecordChange.Create(new RecordSpec("A", "web2", "192.0.2.2", 300))));

        assertThat(records()).containsExactlyInAnyOrder(tuple("A", "web", "192.0.2.5"), tuple("A", "web2", "192.0.2.2"));
        assertThat(account.emulator().stats().faultsInjected()).isEqualTo(1);
    }

    private List<org.assertj.core.groups.Tuple> records() {
        return dns.records("example.com").stream().filter(r -> !r.type().equals("SOA") && !r.type().equals("NS"))
                .map(r -> tuple(r.type(), r.name(), r.data())).toList();
    }
}
