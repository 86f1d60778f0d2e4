package dev.cloudmaker.core.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cloudmaker.core.config.TestProviderTypes;
import dev.cloudmaker.core.model.Definition;
import dev.cloudmaker.core.model.Networking;
import dev.cloudmaker.core.model.SshPublicKey;
import dev.cloudmaker.core.spi.CloudKey;
import dev.cloudmaker.core.spi.CloudServer;
import dev.cloudmaker.core.spi.DnsRecord;
import dev.cloudmaker.core.spi.ServerChange;
import dev.cloudmaker.core.spi.ServerStatus;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A seed user's untagged servers that cloud.json declares are never duplicated: the plan stops, or adopts them. */
class SameNamedServersPlanTest {
    private static final SshPublicKey KEY = SshPublicKey.parse(
            "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIDJL6Wvk9wZU3NOAEqxTemRqxSf8m9wuhEk0yunvRZd7 fredy@acme.com");
    private static final String CLOUD = """
            {
                "legacy1": { "region": "nyc3", "size": "s-1vcpu-1gb", "image": "debian-12-x64", "names": ["legacy1.acme.com", "acme.com"] },
                "web2":    { "region": "nyc3", "size": "s-1vcpu-1gb", "image": "debian-12-x64" }
            }
            """;

    @TempDir
    Path dir;

    @Test
    void anUntaggedServerBearingADeclaredNameStopsThePlanWithItsIdRegionAddressAndTheFix() throws Exception {
        Planner planner = planner(observed(List.of(), List.of(untagged("4711", "legacy1", "203.0.113.7"))));

        assertThatThrownBy(() -> planner.provision("digest"))
                .isInstanceOf(PlanException.class)
                .hasMessageContaining("outside namespace default", "nothing was changed")
                .hasMessageContaining("legacy1  id 4711, region nyc3, address 203.0.113.7")
                .hasMessageContaining("`cloudmaker import legacy1 4711`", "--adopt");
    }

    @Test
    void adoptingImportsItAndItsRecordsAlreadyPointingAtItStayAsTheyAre() throws Exception {
        CloudServer legacy = untagged("4711", "legacy1", "203.0.113.7");
        Observed observed = observed(List.of(), List.of(legacy), Map.of("acme.com", List.of(
                new DnsRecord("1", "A", "legacy1", "203.0.113.7", 1800), new DnsRecord("2", "A", "@", "203.0.113.7", 1800))));

        Plan plan = planner(observed).provision("digest", true);

        assertThat(plan.actionsOf(PlanAction.AdoptServer.class))
                .containsExactly(new PlanAction.AdoptServer("digitalocean", "legacy1", "4711", "nyc3", "203.0.113.7"));
        assertThat(plan.actionsOf(PlanAction.CreateServer.class)).extracting(PlanAction.CreateServer::name).containsExactly("web2");
        assertThat(plan.actions()).noneMatch(a -> a instanceof PlanAction.CreateRecord || a instanceof PlanAction.UpdateRecord
                || a instanceof PlanAction.DeleteRecord || a instanceof PlanAction.CreateDomain);
        assertThat(plan.summary()).isEqualTo("Plan: 1 to import, 1 to add, 0 to change, 0 to destroy.");
    }

    @Test
    void aSameNamedServerInAnotherNamespaceIsThatProjectsAndDoesNotStopThePlan() throws Exception {
        CloudServer theirs = server("9", "legacy1", "203.0.113.9", "staging");

        Plan plan = planner(observed(List.of(), List.of(theirs))).provision("digest");

        assertThat(plan.actionsOf(PlanAction.CreateServer.class)).extracting(PlanAction.CreateServer::name)
                .containsExactly("legacy1", "web2");
    }

    @Test
    void twoUntaggedServersOfOneNameAreNotGuessedBetweenEvenWhenAdopting() throws Exception {
        Planner planner = planner(observed(List.of(), List.of(untagged("1", "legacy1", "203.0.113.1"),
                untagged("2", "legacy1", "203.0.113.2"))));

        assertThatThrownBy(() -> planner.provision("digest", true))
                .isInstanceOf(PlanException.class)
                .hasMessageContaining("legacy1  2 servers: id 1, region nyc3, address 203.0.113.1; id 2")
                .hasMessageContaining("--adopt cannot choose");
    }

    @Test
    void serversOfTheNamespaceNotDeclaredHereAreNamedWithTheRiskAndNoDeleteIsOffered() throws Exception {
        Observed observed = observed(List.of(server("5", "legacy1", "203.0.113.5", "default"),
                server("6", "web2", "203.0.113.6", "default"), server("7", "api1", "203.0.113.8", "default")), List.of(),
                Map.of("acme.com", List.of(new DnsRecord("1", "A", "legacy1", "203.0.113.5", 1800),
                        new DnsRecord("2", "A", "@", "203.0.113.5", 1800))));

        Plan plan = planner(observed).provision("digest");

        assertThat(plan.actions()).isEmpty();
        assertThat(plan.notes()).singleElement().asString()
                .contains("namespace default holds a server cloud.json does not declare: api1 (id 7)",
                        "another directory's definition also uses namespace default", "Namespaces")
                .doesNotContain("--yes");
    }

    private Planner planner(Observed observed) throws Exception {
        Definition definition = TestProviderTypes.load(Files.writeString(dir.resolve("cloud.json"), CLOUD));
        return new Planner(definition, KEY, observed, Set.of(), address -> Optional.empty(),
                (want, have) -> ServerChange.byEquality(want, have));
    }

    private static Observed observed(List<CloudServer> namespace, List<CloudServer> unmanaged) {
        return observed(namespace, unmanaged, Map.of("acme.com", List.of()));
    }

    private static Observed observed(List<CloudServer> namespace, List<CloudServer> unmanaged, Map<String, List<DnsRecord>> records) {
        Map<String, Optional<CloudKey>> keys = Map.of("digitalocean",
                Optional.of(new CloudKey("k1", "mine", KEY.md5Fingerprint(), KEY.toString(), null)));
        return new Observed(keys, namespace, List.of("acme.com"), records, Map.of(), unmanaged);
    }

    private static CloudServer untagged(String id, String name, String address) {
        return server(id, name, address, null);
    }

    private static CloudServer server(String id, String name, String address, String namespace) {
        return new CloudServer(id, name, "nyc3", "s-1vcpu-1gb", "debian-12-x64", ServerStatus.ACTIVE, false, false, List.of(),
                namespace, false, new Networking(address, null, "10.0.0." + id), Instant.EPOCH, "digitalocean");
    }
}
