package dev.cloudmaker.core.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cloudmaker.core.model.Networking;
import dev.cloudmaker.core.model.ServerSpec;
import dev.cloudmaker.core.spi.CloudServer;
import dev.cloudmaker.core.spi.DnsRecord;
import dev.cloudmaker.core.spi.RecordSpec;
import dev.cloudmaker.core.spi.ServerStatus;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RecordsFollowTest {
    private final MemoryDns dns = new MemoryDns();
    private final ServerSpec web1 = new ServerSpec("web1", "aws", "eu-west-1", "t3.micro", "debian-12", false,
            List.of("www.example.com", "example.com"), null, false, null, List.of(), null, null);
    private final CloudServer started = new CloudServer("i-1", "web1", "eu-west-1", "t3.micro", "debian-12",
            ServerStatus.ACTIVE, false, false, List.of(), "shop", false, new Networking("203.0.113.20", null, null),
            Instant.EPOCH, "aws");

    @Test
    void recordsAtTheServersOldAddressMoveToItsNewOneAndOthersStay() {
        dns.createDomain("example.com");
        dns.createRecord("example.com", new RecordSpec("A", "www", "203.0.113.10", 300));
        dns.createRecord("example.com", new RecordSpec("A", "@", "203.0.113.10", 300));
        dns.createRecord("example.com", new RecordSpec("A", "mail", "203.0.113.10", 300));

        List<String> said = RecordsFollow.apply(dns, web1.names(), started, address -> Optional.empty());

        assertThat(said).containsExactly("A www.example.com 203.0.113.10 → 203.0.113.20",
                "A example.com 203.0.113.10 → 203.0.113.20");
        assertThat(dns.records("example.com")).extracting(DnsRecord::name, DnsRecord::data).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("www", "203.0.113.20"), org.assertj.core.groups.Tuple.tuple("@", "203.0.113.20"),
                org.assertj.core.groups.Tuple.tuple("mail", "203.0.113.10"));
    }

    @Test
    void aNamePointingAtAnotherServersAddressIsLeftAndTold() {
        dns.createDomain("example.com");
        dns.createRecord("example.com", new RecordSpec("A", "www", "203.0.113.30", 300));
        Map<String, String> holders = Map.of("203.0.113.30", "db1");

        List<String> said = RecordsFollow.apply(dns, web1.names(), started, a -> Optional.ofNullable(holders.get(a)));

        assertThat(said).containsExactly("A www.example.com points at 203.0.113.30 of db1; left as it is");
        assertThat(dns.records("example.com")).extracting(DnsRecord::data).containsExactly("203.0.113.30");
    }
}
