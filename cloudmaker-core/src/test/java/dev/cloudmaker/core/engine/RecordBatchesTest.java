package dev.cloudmaker.core.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.cloudmaker.core.plan.Plan;
import dev.cloudmaker.core.plan.PlanAction;
import dev.cloudmaker.core.plan.PlanAction.CreateRecord;
import dev.cloudmaker.core.plan.PlanAction.DeleteRecord;
import dev.cloudmaker.core.plan.PlanAction.UpdateRecord;
import dev.cloudmaker.core.spi.CloudServer;
import dev.cloudmaker.core.spi.DnsRecord;
import dev.cloudmaker.core.spi.RecordChange;
import dev.cloudmaker.core.spi.RecordSpec;
import dev.cloudmaker.core.spi.ServerRequest;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The engine's DNS stages on a DNS provider that takes batches: one batch per zone and stage, told record by record. */
class RecordBatchesTest {
    private final BatchingDns dns = new BatchingDns();
    private final List<String> told = Collections.synchronizedList(new ArrayList<>());
    private final FakeServers servers = new FakeServers(0);

    RecordBatchesTest() {
        dns.createDomain("example.com");
        dns.createDomain("example.org");
    }

    @Test
    void recordsOverTwoZonesAreTwoBatchesEachRecordToldAsOneAtATime() {
        List<PlanAction> creates = new ArrayList<>();
        IntStream.rangeClosed(1, 6).forEach(i -> creates.add(new CreateRecord(i % 2 == 0 ? "example.com" : "example.org",
                "A", "web" + i, "web" + i + "." + (i % 2 == 0 ? "example.com" : "example.org"), "web" + i, "192.0.2." + i)));

        apply(creates, Map.of());

        assertThat(dns.batches).hasSize(2).allSatisfy(b -> assertThat(b).hasSize(3));
        assertThat(dns.records("example.com")).extracting(DnsRecord::name).containsExactlyInAnyOrder("web2", "web4", "web6");
        assertThat(dns.records("example.org")).extracting(DnsRecord::name).containsExactlyInAnyOrder("web1", "web3", "web5");
        assertThat(told).contains("A web1.example.org: → 192.0.2.1", "A web6.example.com: → 192.0.2.6").hasSize(6);
    }

    @Test
    void addressesKnownAfterApplyAreFilledInSkippedOrDeletedAsOneAtATime() {
        dns.zones.createRecord("example.com", new RecordSpec("A", "old", "192.0.2.50", 300));
        dns.zones.createRecord("example.com", new RecordSpec("AAAA", "web1", "2001:db8::1", 300));
        List<PlanAction> actions = List.of(
                new CreateRecord("example.com", "A", "web1", "web1.example.com", "web1", null),
                new CreateRecord("example.com", "AAAA", "web2", "web2.example.com", "web2", null),
                new UpdateRecord("example.com", "1", "A", "old", "old.example.com", "web2", "192.0.2.50", null),
                new UpdateRecord("example.com", "2", "AAAA", "web1", "web1.example.com", "web1", "2001:db8::1", null));

        CloudServer web1 = servers.create(ServerRequest.builder("web1", "r1", "small", "debian-12").namespace("shop").build());
        CloudServer web2 = servers.create(ServerRequest.builder("web2", "r1", "small", "debian-12").namespace("shop").build());
        String ip1 = web1.networking().publicIpv4();
        String ip2 = web2.networking().publicIpv4();

        int ttl = EngineSettings.defaults().recordTtl();

        apply(actions, Map.of("web1", web1, "web2", web2));

        assertThat(dns.batches).singleElement().satisfies(b -> assertThat(b).containsExactly(
                new RecordChange.Create(new RecordSpec("A", "web1", ip1, ttl)),
                new RecordChange.Update("1", new RecordSpec("A", "old", ip2, ttl)),
                new RecordChange.Delete("2", "AAAA", "web1", "2001:db8::1")));
        assertThat(told).containsExactlyInAnyOrder("AAAA web2.example.com: skipped: web2 has no AAAA address",
                "A web1.example.com: → " + ip1, "A old.example.com: 192.0.2.50 → " + ip2,
                "AAAA web1.example.com: deleted: web1 has no AAAA address now");
        assertThat(dns.records("example.com")).extracting(DnsRecord::type, DnsRecord::name, DnsRecord::data)
                .containsExactlyInAnyOrder(tuple("A", "old", ip2), tuple("A", "web1", ip1));
    }

    @Test
    void whatALostBatchStillLacksIsTheWritesNotShownAndTheDeletesStillShown() {
        dns.zones.createRecord("example.com", new RecordSpec("A", "gone", "192.0.2.9", 300));
        dns.zones.createRecord("example.com", new RecordSpec("A", "kept", "192.0.2.8", 300));
        dns.zones.createRecord("example.com", new RecordSpec("A", "web1", "192.0.2.1", 300));
        List<RecordChange> sent = List.of(new RecordChange.Create(new RecordSpec("A", "web1", "192.0.2.1", 300)),
                new RecordChange.Create(new RecordSpec("A", "web2", "192.0.2.2", 300)),
                new RecordChange.Update("2", new RecordSpec("A", "kept", "192.0.2.7", 300)),
                new RecordChange.Delete("1", "A", "gone", "192.0.2.9"),
                new RecordChange.Delete("9", "A", "old", "192.0.2.6"));

        assertThat(RecordBatches.missing(sent, dns.records("example.com"))).containsExactly(sent.get(1), sent.get(2), sent.get(3));
    }

    @Test
    void aBatchLostBeforeItTookEffectIsSentAgainWhole() {
        dns.requestsToLose = 1;
        List<PlanAction> creates = List.of(new CreateRecord("example.com", "A", "web1", "web1.example.com", "web1", "192.0.2.1"),
                new CreateRecord("example.com", "A", "web2", "web2.example.com", "web2", "192.0.2.2"));

        apply(creates, Map.of());

        assertThat(dns.batches).hasSize(2).allSatisfy(b -> assertThat(b).hasSize(2));
        assertThat(dns.records("example.com")).extracting(DnsRecord::name).containsExactlyInAnyOrder("web1", "web2");
        assertThat(told).hasSize(2);
    }

    @Test
    void aLostAnswerAfterTheBatchTookEffectSendsNothingMoreAndTellsEveryRecord() {
        dns.answersToLose = 1;
        List<PlanAction> creates = List.of(new CreateRecord("example.com", "A", "web1", "web1.example.com", "web1", "192.0.2.1"),
                new CreateRecord("example.com", "A", "web2", "web2.example.com", "web2", "192.0.2.2"));

        apply(creates, Map.of());

        assertThat(dns.batches).hasSize(1);
        assertThat(dns.records("example.com")).hasSize(2);
        assertThat(told).containsExactlyInAnyOrder("A web1.example.com: → 192.0.2.1", "A web2.example.com: → 192.0.2.2");
    }

    @Test
    void staleDeletesGoBeforeTheWritesEachStageOneBatchPerZone() {
        DnsRecord stale = dns.zones.createRecord("example.com", new RecordSpec("A", "web1", "192.0.2.1", 300));
        dns.zones.createRecord("example.org", new RecordSpec("A", "web1", "192.0.2.1", 300));
        List<PlanAction> actions = List.of(
                new DeleteRecord("example.com", stale.id(), "A", "web1", "web1.example.com", "192.0.2.1"),
                new CreateRecord("example.com", "A", "web1", "web1.example.com", "web1", "192.0.2.7"),
                new DeleteRecord("example.org", "2", "A", "web1", "web1.example.org", "192.0.2.1"));

        apply(actions, Map.of());

        assertThat(dns.batches).hasSize(3);
        assertThat(dns.batches.subList(0, 2)).allSatisfy(b -> assertThat(b).singleElement().isInstanceOf(RecordChange.Delete.class));
        assertThat(dns.batches.get(2)).singleElement().isInstanceOf(RecordChange.Create.class);
        assertThat(told.indexOf("A web1.example.com: deleted (was 192.0.2.1)")).isLessThan(told.indexOf("A web1.example.com: → 192.0.2.7"));
        assertThat(dns.records("example.org")).isEmpty();
        assertThat(dns.records("example.com")).extracting(DnsRecord::data).containsExactly("192.0.2.7");
    }

    private void apply(List<PlanAction> actions, Map<String, CloudServer> servers) {
        Providers providers = Providers.of(Map.of("nyc", new WithDns(new FakeProvider(this.servers), dns)), "nyc");
        Plan plan = new Plan(Plan.FORMAT_VERSION, Plan.Kind.PROVISION, List.of("nyc"), "nyc", "shop", "digest", actions, List.of());
        ApplyListener listener = (resource, message) -> told.add(resource + ": " + message);
        new Engine(providers, "shop", new MemoryJournal(), EngineSettings.defaults(), listener).apply(plan, null, Map.of(), servers);
    }
}
