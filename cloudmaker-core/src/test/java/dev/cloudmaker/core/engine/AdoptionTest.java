package dev.cloudmaker.core.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cloudmaker.core.plan.Plan;
import dev.cloudmaker.core.plan.PlanAction;
import dev.cloudmaker.core.spi.CloudServer;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Finding and importing untagged servers of declared names, on any provider, through the SPI alone. */
class AdoptionTest {
    @Test
    void onlyServersInNoNamespaceBearingTheNamesAreFoundOnEveryProvider() {
        FakeServers nyc = new FakeServers(0);
        FakeServers home = new FakeServers(0);
        CloudServer legacy = nyc.seedUnmanaged("legacy1");
        CloudServer ci = home.seedUnmanaged("ci");
        home.seedUnmanaged("unrelated");
        home.create(dev.cloudmaker.core.spi.ServerRequest.builder("legacy1", "r1", "small", "debian-12").namespace("other").build());
        Providers providers = Providers.of(Map.of("nyc", new FakeProvider(nyc), "home", new FakeProvider(home)), null);

        List<CloudServer> found = UnmanagedServers.named(providers, Set.of("legacy1", "ci"));

        assertThat(found).extracting(CloudServer::id, CloudServer::provider).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple(legacy.id(), "nyc"), org.assertj.core.groups.Tuple.tuple(ci.id(), "home"));
        assertThat(UnmanagedServers.named(providers, Set.of())).isEmpty();
    }

    @Test
    void anImportMarksTheServerWithTheNamespaceAndTheApplyReturnsItAsTheDeclaredServer() {
        FakeServers servers = new FakeServers(0);
        CloudServer legacy = servers.seedUnmanaged("legacy1");
        Providers providers = Providers.of(Map.of("nyc", new FakeProvider(servers)), null);
        Plan plan = new Plan(Plan.FORMAT_VERSION, Plan.Kind.PROVISION, List.of("nyc"), null, "shop", "digest",
                List.of(new PlanAction.AdoptServer("nyc", "legacy1", legacy.id(), "r1", legacy.networking().publicIpv4())), List.of());

        Map<String, CloudServer> after = new Engine(providers, "shop", new MemoryJournal(), EngineSettings.defaults(), ApplyListener.NONE)
                .apply(plan, null, Map.of(), Map.of());

        assertThat(after).containsOnlyKeys("legacy1");
        assertThat(after.get("legacy1").id()).isEqualTo(legacy.id());
        assertThat(after.get("legacy1").namespace()).isEqualTo("shop");
        assertThat(servers.list("shop")).extracting(CloudServer::id).containsExactly(legacy.id());
        assertThat(servers.calls).as("nothing created").isEmpty();
    }
}
