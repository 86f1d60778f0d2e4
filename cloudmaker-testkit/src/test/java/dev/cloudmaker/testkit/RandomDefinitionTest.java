package dev.cloudmaker.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cloudmaker.emulator.kit.EmulatedAccount;
import dev.cloudmaker.emulator.kit.http.EmulatorStats;
import dev.cloudmaker.emulator.kit.http.RequestHook;
import dev.cloudmaker.testkit.campaign.CampaignEmulator;
import dev.cloudmaker.testkit.campaign.CloudFixture;
import dev.cloudmaker.testkit.campaign.EmulatorSetup;
import dev.cloudmaker.testkit.campaign.RateLimits;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

/** On a cloud without DNS and with account-wide names, the drawn definitions fit it; the shape drawn stays the same. */
class RandomDefinitionTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 5, 8, 13, 21, 34, 55, 89})
    void aCloudWithoutDnsGetsTheSameShapeWithoutNamesOrZonesAndTheOthersServerANameOfItsOwn(long seed) {
        RandomDefinition withDns = RandomDefinition.draw(new Random(seed), dir.resolve("dns"), new Cloud(true, false));
        RandomDefinition without = RandomDefinition.draw(new Random(seed), dir.resolve("none"), new Cloud(false, true));

        assertThat(without.fixture().dnsNamesByServer().keySet()).containsExactlyElementsOf(withDns.fixture().dnsNamesByServer().keySet());
        assertThat(without.fixture().namespace()).isEqualTo(withDns.fixture().namespace());
        assertThat(without.firstIsSmaller()).isEqualTo(withDns.firstIsSmaller());
        assertThat(without.fixture().dnsNames()).isEmpty();
        assertThat(without.zoneExists()).isFalse();

        Seeding seeded = new Seeding();
        without.seedAccount(seeded);
        String ours = without.fixture().servers().getFirst().name();
        assertThat(seeded.servers).as("the others' server and an untagged one, plus ours when it starts smaller")
                .contains(ours + "-other ns-other", "bastion").doesNotContain(ours + " ns-other");
    }

    /** A cloud seen only through what {@link RandomDefinition} asks of it. */
    private record Cloud(boolean offersDns, boolean namesUniquePerAccount) implements CloudFixture {
        @Override
        public String type() {
            return "nimbus";
        }

        @Override
        public ServerSlugs slugs() {
            return new ServerSlugs("r1", "m", "s", "img");
        }

        @Override
        public DefinitionFixture definition(Path at) {
            return DefinitionFixture.in(at).provider("nimbus", Map.of("token", "t"));
        }

        @Override
        public String namespaceTag(String namespace) {
            return "ns-" + namespace;
        }

        @Override
        public List<String> faultEndpoints() {
            return List.of("*");
        }

        @Override
        public String createEndpoint() {
            return "machines";
        }

        @Override
        public RateLimits cloudLimits() {
            return new RateLimits(100, 1000);
        }

        @Override
        public CampaignEmulator start(EmulatorSetup setup) {
            throw new UnsupportedOperationException("definitions are drawn without an emulator");
        }
    }

    /** Records the servers seeded, as "name tags"; a cloud without DNS must be asked for no zone or record. */
    private static final class Seeding implements CampaignEmulator {
        final List<String> servers = new ArrayList<>();

        @Override
        public String seedServer(String name, String region, String size, String image, List<String> tags) {
            servers.add(tags.isEmpty() ? name : name + " " + String.join(",", tags));
            return String.valueOf(servers.size());
        }

        @Override
        public void seedZone(String zone) {
            throw new AssertionError("a zone seeded on a cloud without DNS: " + zone);
        }

        @Override
        public void seedRecord(String zone, String type, String name, String data) {
            throw new AssertionError("a record seeded on a cloud without DNS: " + name);
        }

        @Override
        public URI url() {
            throw new UnsupportedOperationException();
        }

        @Override
        public Map<String, String> providerSettings() {
            throw new UnsupportedOperationException();
        }

        @Override
        public EmulatedAccount account() {
            throw new UnsupportedOperationException();
        }

        @Override
        public EmulatorStats stats() {
            throw new UnsupportedOperationException();
        }

        @Override
        public void onRequest(RequestHook hook) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void stopFaults() {
            throw new UnsupportedOperationException();
        }

        @Override
        public void close() {
        }
    }
}
