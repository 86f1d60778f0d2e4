package dev.cloudmaker.core.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cloudmaker.core.http.CallStats;
import dev.cloudmaker.core.plan.Plan;
import dev.cloudmaker.core.plan.PlanAction;
import dev.cloudmaker.core.spi.Capabilities;
import dev.cloudmaker.core.spi.Catalog;
import dev.cloudmaker.core.spi.CloudServer;
import dev.cloudmaker.core.spi.DnsProvider;
import dev.cloudmaker.core.spi.Images;
import dev.cloudmaker.core.spi.Keys;
import dev.cloudmaker.core.spi.NamespaceResources;
import dev.cloudmaker.core.spi.Provider;
import dev.cloudmaker.core.spi.ServerRequest;
import dev.cloudmaker.core.spi.Servers;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** A provider's namespace resources go only once the namespace has no server left on it: after deletes, or in a destroy. */
class NamespaceReleaseTest {
    private final FakeServers servers = new FakeServers(0);
    private final List<String> released = new CopyOnWriteArrayList<>();
    private final List<String> steps = new CopyOnWriteArrayList<>();

    @Test
    void nothingIsReleasedWhileTheNamespaceKeepsAServerAndAllOfItGoesWithTheLast() {
        CloudServer web1 = servers.create(ServerRequest.builder("web1", "r1", "small", "debian-12").namespace("shop").build());
        CloudServer web2 = servers.create(ServerRequest.builder("web2", "r1", "small", "debian-12").namespace("shop").build());
        servers.create(ServerRequest.builder("web1", "r1", "small", "debian-12").namespace("other").build());

        apply(List.of(delete(web1)));
        assertThat(released).as("web2 still uses what the namespace has").isEmpty();

        apply(List.of(delete(web2)));
        assertThat(released).as("a server of another namespace does not hold shop's back").containsExactly("shop");
        assertThat(steps).filteredOn(s -> !s.startsWith("server ")).containsExactly(
                "security group cloudmaker-shop: deleted (namespace shop has no server left on nyc)");
    }

    @Test
    void aRunThatDeletesNothingReleasesNothingEvenForAnEmptyNamespace() {
        apply(List.of());
        assertThat(released).isEmpty();
    }

    @Test
    void destroyingTwiceReleasesAgainAndTheProviderFindsNothingLeft() {
        CloudServer web1 = servers.create(ServerRequest.builder("web1", "r1", "small", "debian-12").namespace("shop").build());
        apply(List.of(delete(web1)));
        apply(List.of(delete(web1)));
        assertThat(released).containsExactly("shop", "shop");
        assertThat(steps).filteredOn(s -> s.startsWith("security group ")).hasSize(1);
    }

    @Test
    void aDestroyReleasesWhatIsLeftWhereTheNamespaceHasNoServerAndCallsNoProviderWithoutTheFacet() {
        FakeServers ams = new FakeServers(0);
        CloudServer db1 = ams.create(ServerRequest.builder("db1", "r1", "small", "debian-12").namespace("shop").build());
        servers.create(ServerRequest.builder("web1", "r1", "small", "debian-12").namespace("other").build());
        FakeProvider plain = new FakeProvider(new FakeServers(0));
        Providers providers = Providers.of(Map.of("nyc", new Releasing(new FakeProvider(servers)),
                "ams", new Releasing(new FakeProvider(ams)), "sfo", plain), null);

        new NamespaceRelease("shop", (resource, message) -> steps.add(resource + ": " + message))
                .whereNone(providers, List.of(db1.onProvider("ams")));

        assertThat(released).as("only nyc: ams still has db1, sfo offers nothing to release").containsExactly("shop");
        assertThat(steps).containsExactly("security group cloudmaker-shop: deleted (namespace shop has no server left on nyc)");
    }

    private static PlanAction delete(CloudServer server) {
        return new PlanAction.DeleteServer("nyc", server.name(), server.id());
    }

    private void apply(List<PlanAction> actions) {
        Plan plan = new Plan(Plan.FORMAT_VERSION, Plan.Kind.DESTROY, List.of("nyc"), null, "shop", "digest", actions, List.of());
        Providers providers = Providers.of(Map.of("nyc", new Releasing(new FakeProvider(servers))), null);
        ApplyListener listener = (resource, message) -> steps.add(resource + ": " + message);
        new Engine(providers, "shop", new MemoryJournal(), EngineSettings.defaults(), listener).apply(plan, null, Map.of(), Map.of());
    }

    /** The fake provider, with namespace resources that report a group the first time and nothing after. */
    private final class Releasing implements Provider {
        private final FakeProvider fake;

        Releasing(FakeProvider fake) {
            this.fake = fake;
        }

        @Override
        public Optional<NamespaceResources> namespaceResources() {
            return Optional.of(namespace -> {
                released.add(namespace);
                return released.size() == 1 ? List.of("security group cloudmaker-" + namespace) : List.of();
            });
        }

        @Override
        public String name() {
            return fake.name();
        }

        @Override
        public Capabilities capabilities() {
            return fake.capabilities();
        }

        @Override
        public Catalog catalog() {
            return fake.catalog();
        }

        @Override
        public Servers servers() {
            return fake.servers();
        }

        @Override
        public Keys keys() {
            return fake.keys();
        }

        @Override
        public Images images() {
            return fake.images();
        }

        @Override
        public Optional<DnsProvider> dns() {
            return fake.dns();
        }

        @Override
        public CallStats callStats() {
            return fake.callStats();
        }

        @Override
        public void close() {
        }
    }
}
