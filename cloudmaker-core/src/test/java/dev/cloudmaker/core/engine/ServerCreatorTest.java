package dev.cloudmaker.core.engine;

import dev.cloudmaker.core.CloudmakerException;
import dev.cloudmaker.core.plan.PlanAction.CreateServer;
import dev.cloudmaker.core.spi.ServerRequest;
import dev.cloudmaker.core.spi.ServerStatus;
import dev.cloudmaker.core.state.Journal;
import dev.cloudmaker.core.time.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ServerCreatorTest {
    private final MutableClock clock = new MutableClock(Instant.parse("2026-01-01T00:00:00Z"));
    private final EngineSettings settings = new EngineSettings(4, Duration.ofMinutes(5), Duration.ofSeconds(30),
            Duration.ofSeconds(1), Duration.ofSeconds(5), 1800, clock, clock::advance, FirstBoot.NONE);

    @Test
    void withoutBatchCreateEachServerIsOneCreateCarryingItsNamespaceAndOwnKey() {
        FakeServers servers = new FakeServers(0);

        var made = creator(servers).createAndAwait(creates("web1", "web2", "web3"), List.of(), Set.of());

        assertThat(made).containsOnlyKeys("web1", "web2", "web3");
        assertThat(servers.calls).hasSize(3).allSatisfy(call -> assertThat(call).hasSize(1));
        List<ServerRequest> sent = servers.calls.stream().flatMap(List::stream).toList();
        assertThat(sent).extracting(ServerRequest::namespace).containsOnly("shop");
        assertThat(sent).extracting(ServerRequest::idempotencyKey).doesNotContainNull().doesNotHaveDuplicates();
    }

    @Test
    void withBatchCreateSameShapeServersShareCallsUpToTheProvidersLimit() {
        FakeServers servers = new FakeServers(2);

        creator(servers).createAndAwait(creates("web1", "web2", "web3"), List.of(), Set.of());

        // batches go out in parallel, so in either order
        assertThat(servers.calls).extracting(List::size).containsExactlyInAnyOrder(2, 1);
    }

    @Test
    void aCreateSentAgainAfterALostAnswerKeepsItsIdempotencyKeyAndALaterLaunchGetsANewOne() {
        FakeServers servers = new FakeServers(0);
        servers.dropOnce.add("web1");

        creator(servers).createAndAwait(creates("web1"), List.of(), Set.of());

        assertThat(servers.calls).as("sent again once the visibility grace passed").hasSize(2);
        String key = servers.calls.getFirst().getFirst().idempotencyKey();
        assertThat(servers.calls.getLast().getFirst().idempotencyKey()).isEqualTo(key);

        clock.advance(Duration.ofMinutes(1));
        FakeServers later = new FakeServers(0);
        creator(later).createAndAwait(creates("web1"), List.of(), Set.of());
        assertThat(later.calls.getFirst().getFirst().idempotencyKey()).as("a recreate is a new launch").isNotEqualTo(key);
    }

    @Test
    void aCreateTheJournalHoldsAsSentToThisProviderIsSentAgainAsTheSameLaunch() {
        MemoryJournal journal = new MemoryJournal();
        journal.creating(Map.of("web1", "earlier"), "fake", clock.instant());
        journal.creating(Map.of("web2", "earlier"), "elsewhere", clock.instant());
        FakeServers servers = new FakeServers(0);

        creator(servers, journal).createAndAwait(creates("web1", "web2", "web3"), List.of(), Set.of());

        Map<String, String> keys = new HashMap<>();
        servers.calls.stream().flatMap(List::stream).forEach(r -> keys.put(r.name(), r.idempotencyKey()));
        assertThat(keys.get("web1")).as("the interrupted run's launch").isEqualTo(IdempotencyKeys.of("shop", "web1", "earlier"));
        assertThat(keys.get("web2")).as("sent to another provider before: a new launch")
                .isNotEqualTo(IdempotencyKeys.of("shop", "web2", "earlier"));
        assertThat(journal.pendingCreates()).as("all seen").isEmpty();
    }

    @Test
    void aServerTheCloudGaveUpOnEndsTheWaitNamingIt() {
        FakeServers servers = new FakeServers(0);
        servers.statusOf.put("web2", ServerStatus.FAILED);

        assertThatThrownBy(() -> creator(servers).createAndAwait(creates("web1", "web2"), List.of(), Set.of()))
                .isInstanceOf(CloudmakerException.class)
                .hasMessageContaining("server web2 (id ")
                .hasMessageContaining("failed");
        assertThat(clock.instant()).as("not at the timeout").isBefore(Instant.parse("2026-01-01T00:05:00Z"));
    }

    private ServerCreator creator(FakeServers servers) {
        return creator(servers, new MemoryJournal());
    }

    private ServerCreator creator(FakeServers servers, Journal journal) {
        return new ServerCreator(new FakeProvider(servers), "shop", journal, settings, (resource, message) -> {
        });
    }

    private static List<CreateServer> creates(String... names) {
        return IntStream.range(0, names.length).mapToObj(i -> new CreateServer("fake", names[i], "r1", "small", "debian-12",
                false, false, false, null, List.of(), null)).toList();
    }
}
