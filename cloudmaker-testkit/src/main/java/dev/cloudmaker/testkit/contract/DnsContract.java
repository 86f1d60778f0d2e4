package dev.cloudmaker.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;

import dev.cloudmaker.core.spi.DnsProvider;
import dev.cloudmaker.core.spi.DnsRecord;
import dev.cloudmaker.core.spi.RecordSpec;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every DNS provider must do, as the DNS planner and the record writer rely on it: zones it creates
 * are listed; records are written, read, changed and deleted one at a time with names relative to the zone
 * ({@code @} for the apex) and ids that stay the same across reads; deleting twice is not an error. Each
 * test works in a zone of its own.
 */
public abstract class DnsContract {
    private DnsProvider dns;
    private String zone;

    /** The DNS to test (a fresh account, or one other tests share). */
    protected abstract DnsProvider dns();

    /** A zone name this provider may create, unique per call. */
    protected String newZone() {
        return "contract-" + UUID.randomUUID().toString().substring(0, 8) + ".example.com";
    }

    @BeforeEach
    void createZone() {
        dns = dns();
        zone = newZone();
        dns.createDomain(zone);
    }

    @Test
    void aCreatedZoneIsListed() {
        assertThat(dns.domains()).contains(zone);
    }

    @Test
    void aRecordIsWrittenReadChangedAndDeletedByItsRelativeName() {
        DnsRecord made = dns.createRecord(zone, new RecordSpec("A", "www", "192.0.2.10", 300));
        assertThat(made.name()).isEqualTo("www");
        assertThat(ofType("A")).singleElement().satisfies(r -> {
            assertThat(r.id()).isEqualTo(made.id());
            assertThat(r.name()).isEqualTo("www");
            assertThat(r.data()).isEqualTo("192.0.2.10");
        });

        DnsRecord changed = dns.updateRecord(zone, made.id(), new RecordSpec("A", "www", "192.0.2.11", 300));
        assertThat(changed.data()).isEqualTo("192.0.2.11");
        assertThat(ofType("A")).singleElement().satisfies(r -> {
            assertThat(r.id()).as("an update keeps the record's id").isEqualTo(made.id());
            assertThat(r.data()).isEqualTo("192.0.2.11");
        });

        dns.deleteRecord(zone, made.id());
        assertThat(ofType("A")).isEmpty();
        assertThatNoException().as("deleting a record that is gone").isThrownBy(() -> dns.deleteRecord(zone, made.id()));
    }

    @Test
    void theApexIsNamedAtAndIpv6IsKeptAsWritten() {
        dns.createRecord(zone, new RecordSpec("AAAA", "@", "2001:db8::10", 300));

        assertThat(ofType("AAAA")).singleElement().satisfies(r -> {
            assertThat(r.name()).isEqualTo("@");
            assertThat(r.data()).isEqualTo("2001:db8::10");
        });
    }

    @Test
    void recordsOfOneNameAndTypeInTwoZonesStayApart() {
        String other = newZone();
        dns.createDomain(other);
        dns.createRecord(zone, new RecordSpec("A", "api", "192.0.2.20", 300));
        dns.createRecord(other, new RecordSpec("A", "api", "192.0.2.21", 300));

        assertThat(ofType("A")).extracting(DnsRecord::data).containsExactly("192.0.2.20");
        assertThat(dns.records(other).stream().filter(r -> r.type().equals("A")).map(DnsRecord::data)).containsExactly("192.0.2.21");
    }

    private List<DnsRecord> ofType(String type) {
        return dns.records(zone).stream().filter(r -> r.type().equals(type)).toList();
    }
}
