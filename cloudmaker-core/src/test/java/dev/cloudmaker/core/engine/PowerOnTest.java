package dev.cloudmaker.core.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cloudmaker.core.plan.Plan;
import dev.cloudmaker.core.plan.PlanAction;
import dev.cloudmaker.core.spi.CloudServer;
import dev.cloudmaker.core.spi.DnsRecord;
import dev.cloudmaker.core.spi.PowerAction;
import dev.cloudmaker.core.spi.RecordSpec;
import dev.cloudmaker.core.spi.ServerRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every power-on goes through {@link PowerOn}: on a cloud that gives a started server a new address, its names follow. */
class PowerOnTest {
    private final ReaddressingServers servers = new ReaddressingServers();
    private final MemoryDns dns = new MemoryDns();

    private CloudServer web1OnItsName() {
        CloudServer web1 = servers.create(ServerRequest.builder("web1", "r1", "t3.micro", "debian-12").namespace("shop").build());
        dns.createDomain("example.com");
        dns.createRecord("example.com", new RecordSpec("A", "www", web1.networking().publicIpv4(), 300));
        return web1;
    }

    private NamesFollow follow() {
        return new NamesFollow(() -> dns, name -> name.equals("web1") ? List.of("www.example.com") : List.of(), servers::listAll);
    }

    private List<String> recordData() {
        return dns.records("example.com").stream().map(DnsRecord::data).toList();
    }

    @Test
    void aStartThatGivesANewAddressIsWaitedForAndTheNameFollowsIt() {
        CloudServer web1 = web1OnItsName();
        String before = web1.networking().publicIpv4();
        servers.power(web1.id(), PowerAction.STOP, Duration.ZERO);

        PoweredOn on = new PowerOn(new ReaddressingProvider(servers, dns, false), EngineSettings.defaults(), follow())
                .start(web1, false);

        String after = on.server().networking().publicIpv4();
        assertThat(after).isNotEqualTo(before);
        assertThat(on.moved()).containsExactly("A www.example.com " + before + " → " + after);
        assertThat(recordData()).containsExactly(after);
    }

    @Test
    void aCloudThatKeepsAddressesIsNotWaitedForAndNoRecordIsTouched() {
        CloudServer web1 = web1OnItsName();
        String before = web1.networking().publicIpv4();
        servers.power(web1.id(), PowerAction.STOP, Duration.ZERO);

        PoweredOn on = new PowerOn(new ReaddressingProvider(servers, dns, true), EngineSettings.defaults(), follow())
                .start(web1, false);

        assertThat(on.server()).as("only asked for, as before").isNull();
        assertThat(on.moved()).isEmpty();
        assertThat(recordData()).containsExactly(before);
    }

    @Test
    void theResizeStageOfProvisionMovesTheNameAndHandsOnTheServerAtItsNewAddress() {
        CloudServer web1 = web1OnItsName();
        String before = web1.networking().publicIpv4();
        Providers providers = Providers.of(Map.of("aws", new ReaddressingProvider(servers, dns, false)), "aws");
        List<String> steps = new ArrayList<>();
        Plan plan = new Plan(Plan.FORMAT_VERSION, Plan.Kind.PROVISION, List.of("aws"), "aws", "shop", "digest",
                List.of(new PlanAction.ResizeServer("aws", "web1", web1.id(), "t3.micro", "t3.small")), List.of());

        Map<String, CloudServer> after = new Engine(providers, "shop", new MemoryJournal(), EngineSettings.defaults(),
                (resource, message) -> steps.add(resource + ": " + message),
                name -> name.equals("web1") ? List.of("www.example.com") : List.of())
                .apply(plan, null, Map.of(), Map.of("web1", web1.onProvider("aws")));

        String now = servers.get(web1.id()).orElseThrow().networking().publicIpv4();
        assertThat(now).isNotEqualTo(before);
        assertThat(after.get("web1").networking().publicIpv4()).as("what cloud.json and the inventory are written from").isEqualTo(now);
        assertThat(after.get("web1").size()).isEqualTo("t3.small");
        assertThat(recordData()).containsExactly(now);
        assertThat(steps).contains("server web1: A www.example.com " + before + " → " + now);
    }

    /** The plan wrote the new record's address down before the resize gave the server another one (an EC2 stop/start). */
    @Test
    void aRecordPlannedWithTheAddressBeforeTheResizeIsWrittenWithTheAddressAfterIt() {
        CloudServer web1 = servers.create(ServerRequest.builder("web1", "r1", "t3.micro", "debian-12").namespace("shop").build());
        dns.createDomain("example.com");
        String before = web1.networking().publicIpv4();
        Providers providers = Providers.of(Map.of("aws", new ReaddressingProvider(servers, dns, false)), "aws");
        Plan plan = new Plan(Plan.FORMAT_VERSION, Plan.Kind.PROVISION, List.of("aws"), "aws", "shop", "digest",
                List.of(new PlanAction.ResizeServer("aws", "web1", web1.id(), "t3.micro", "t3.small"),
                        new PlanAction.CreateRecord("example.com", "A", "www", "www.example.com", "web1", before)),
                List.of());

        new Engine(providers, "shop", new MemoryJournal(), EngineSettings.defaults(), ApplyListener.NONE,
                name -> name.equals("web1") ? List.of("www.example.com") : List.of())
                .apply(plan, null, Map.of(), Map.of("web1", web1.onProvider("aws")));

        String now = servers.get(web1.id()).orElseThrow().networking().publicIpv4();
        assertThat(now).isNotEqualTo(before);
        assertThat(recordData()).containsExactly(now);
    }
}
