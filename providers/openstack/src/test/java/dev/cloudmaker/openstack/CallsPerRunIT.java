package dev.cloudmaker.openstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.cloudmaker.core.spi.CloudServer;
import dev.cloudmaker.core.spi.CloudmakerTags;
import dev.cloudmaker.core.spi.ImageInfo;
import dev.cloudmaker.core.spi.Named;
import dev.cloudmaker.core.spi.Provider;
import dev.cloudmaker.core.spi.RecordSpec;
import dev.cloudmaker.core.spi.ServerStatus;
import dev.cloudmaker.emulator.kit.http.EmulatorStats;
import dev.cloudmaker.emulator.openstack.OpenStackEmulator;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What one run (one provider) asks of the cloud once however many servers or records it handles: a plan checks each
 * server's image and each create needs the image's and the network's ids, each record its zone's. Calls that grew
 * with servers made a no-op re-run of 100 servers send 108 requests where 10 servers sent 18.
 */
class CallsPerRunIT {
    private static OpenStackAccount account;

    @BeforeAll
    static void start() {
        account = OpenStackAccount.start();
    }

    @AfterAll
    static void stop() {
        account.close();
    }

    private static OpenStackEmulator emulator() {
        return account.fixture().emulator();
    }

    private static int calls(String endpoint) {
        EmulatorStats stats = emulator().stats();
        return stats.byEndpoint().getOrDefault(endpoint, 0);
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 3, 8})
    void checkingAndCreatingServersOfOneImageAsksGlanceAndNeutronOnceWhateverTheirNumber(int servers) {
        String ns = "calls" + servers;
        emulator().resetStats();
        try (Provider os = account.provider()) {
            IntStream.range(0, servers).forEach(i -> assertThat(os.catalog().image("debian-12")).isPresent());
            List<CloudServer> made = IntStream.range(0, servers).parallel().mapToObj(i -> os.servers().create(
                    OpenStackAccount.smallServer("web" + i).toBuilder().namespace(ns).build())).toList();

            assertThat(made).hasSize(servers).allSatisfy(s -> assertThat(s.status()).isEqualTo(ServerStatus.NEW));
            assertThat(calls("POST servers")).isEqualTo(servers);
            assertThat(calls("GET images")).as("one Glance lookup of debian-12").isEqualTo(1);
            assertThat(calls("GET networks")).as("one listing to choose the network, parallel creates or not").isEqualTo(1);
            assertThat(os.servers().list(ns)).extracting(CloudServer::name).hasSize(servers);
        }
    }

    @Test
    void aSnapshotMadeOrDeletedInTheRunIsSeenByTheNextLookupOfItsName() {
        try (Provider os = account.provider()) {
            CloudServer server = os.servers().create(OpenStackAccount.smallServer("snapper").toBuilder().namespace("snaps").build());
            await().atMost(OpenStackAccount.CHANGE_TIMEOUT).until(() -> os.servers().get(server.id())
                    .filter(s -> s.status() == ServerStatus.ACTIVE && !s.locked()).isPresent());
            Named named = new Named("snaps", "base");
            String name = CloudmakerTags.name(named);
            ImageInfo first = os.images().snapshot(server.id(), named, OpenStackAccount.CHANGE_TIMEOUT);
            assertThat(os.catalog().image(name)).map(ImageInfo::id).hasValue(first.id());

            ImageInfo second = os.images().snapshot(server.id(), named, OpenStackAccount.CHANGE_TIMEOUT);
            assertThat(os.catalog().image(name)).as("the newest snapshot of that name").map(ImageInfo::id).hasValue(second.id());

            os.images().delete(second.id());
            assertThat(os.catalog().image(second.id())).isEmpty();
            assertThat(os.catalog().image(name)).as("the one left").map(ImageInfo::id).hasValue(first.id());
        }
    }

    @Test
    void recordsWrittenAndDeletedInAZoneTheRunListedLookUpNoZone() {
        emulator().addZone("calls.example.org");
        try (Provider os = account.provider()) {
            var dns = os.dns().orElseThrow();
            assertThat(dns.domains()).contains("calls.example.org");
            emulator().resetStats();

            var records = IntStream.range(0, 3).mapToObj(i -> dns.createRecord("calls.example.org",
                    new RecordSpec("A", "host" + i, "192.0.2." + (10 + i), 300))).toList();
            records.forEach(r -> dns.deleteRecord("calls.example.org", r.id()));

            assertThat(calls("POST recordsets")).isEqualTo(3);
            assertThat(calls("DELETE recordsets")).isEqualTo(3);
            assertThat(calls("GET zones")).as("the zone's id comes from the run's listing").isZero();
        }
    }
}
