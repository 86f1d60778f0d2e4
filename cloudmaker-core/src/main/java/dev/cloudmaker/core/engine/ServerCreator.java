package dev.cloudmaker.core.engine;

import dev.cloudmaker.core.ApiException;
import dev.cloudmaker.core.plan.PlanAction.CreateServer;
import dev.cloudmaker.core.spi.BatchCreate;
import dev.cloudmaker.core.spi.CloudServer;
import dev.cloudmaker.core.spi.Provider;
import dev.cloudmaker.core.spi.ServerRequest;
import dev.cloudmaker.core.state.Journal;
import dev.cloudmaker.core.state.PendingCreate;
import dev.cloudmaker.core.time.Waiter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Creates servers in as few calls as the provider allows (batches where it offers {@link BatchCreate},
 * else one create per server, in parallel) and waits until they are ready, by listing
 * the namespace once per round rather than asking for each server. A create whose answer was lost
 * is never sent again blindly: the server is looked for until the visibility grace has passed, and
 * only then created again.
 */
final class ServerCreator {
    private static final int MAX_ROUNDS = 3;

    private final Provider provider;
    private final String namespace;
    private final Journal journal;
    private final EngineSettings settings;
    private final ApplyListener listener;

    ServerCreator(Provider provider, String namespace, Journal journal, EngineSettings settings, ApplyListener listener) {
        this.provider = provider;
        this.namespace = namespace;
        this.journal = journal;
        this.settings = settings;
        this.listener = listener;
    }

    /** Creates {@code creates} and waits until they and {@code alsoAwait} are ready; returns the namespace's servers by name. */
    Map<String, CloudServer> createAndAwait(List<CreateServer> creates, List<String> keyIds, Set<String> alsoAwait) {
        Map<String, CreateServer> todo = new LinkedHashMap<>();
        creates.forEach(c -> todo.put(c.name(), c));
        Set<String> awaited = new LinkedHashSet<>(alsoAwait);
        awaited.addAll(todo.keySet());
        Map<String, CloudServer> listed = Map.of();
        Map<String, String> launches = launches(todo.values());
        for (int round = 1; round <= MAX_ROUNDS; round++) {
            Set<String> unknownOutcome = send(new ArrayList<>(todo.values()), keyIds, launches);
            if (awaited.isEmpty()) {
                return listed;
            }
            Instant sentAt = settings.clock().instant();
            Map<String, CloudServer> seen = awaitVisibleAndReady(awaited, unknownOutcome, sentAt);
            listed = seen;
            Set<String> vanished = unknownOutcome.stream().filter(n -> !seen.containsKey(n)).collect(Collectors.toSet());
            if (vanished.isEmpty()) {
                return listed;
            }
            vanished.forEach(n -> listener.step("server " + n, "not found after a lost create answer; creating it again"));
            todo.keySet().retainAll(vanished);
        }
        throw new ApplyException("servers " + todo.keySet() + " could not be created after " + MAX_ROUNDS
                + " attempts whose answers were lost; run provision again", null);
    }

    /**
     * The launch generation of each create, which its idempotency key is made from: a create the journal holds as
     * sent to this provider and never seen keeps its launch (sending it again is the same create, wherever the
     * first answer was lost); any other gets this run's, so a recreate of the same name is a new launch.
     */
    private Map<String, String> launches(Collection<CreateServer> creates) {
        String fresh = Long.toString(settings.clock().instant().toEpochMilli(), 36);
        Map<String, PendingCreate> pending = journal.pendingCreates();
        Map<String, String> out = new LinkedHashMap<>();
        for (CreateServer c : creates) {
            PendingCreate earlier = pending.get(c.name());
            boolean sameLaunch = earlier != null && earlier.launch() != null && c.provider().equals(earlier.provider());
            out.put(c.name(), sameLaunch ? earlier.launch() : fresh);
        }
        return out;
    }

    /** Sends the creates in batches; returns the names whose outcome is unknown (the answer was lost). */
    private Set<String> send(List<CreateServer> creates, List<String> keyIds, Map<String, String> launches) {
        if (creates.isEmpty()) {
            return Set.of();
        }
        List<List<ServerRequest>> batches = batches(creates.stream().map(c -> request(c, keyIds, launches.get(c.name()))).toList());
        Map<String, String> sending = new LinkedHashMap<>();
        creates.forEach(c -> sending.put(c.name(), launches.get(c.name())));
        journal.creating(sending, creates.getFirst().provider(), settings.clock().instant());
        Set<String> unknown = ConcurrentHashMap.newKeySet();
        List<Throwable> failures = Parallel.forEach(batches, settings.parallelism(), batch -> {
            List<String> names = batch.stream().map(ServerRequest::name).toList();
            try {
                create(batch).forEach(s -> listener.step("server " + s.name(), "created (id " + s.id() + ")"));
            } catch (ApiException e) {
                if (!e.outcomeUnknown()) {
                    // refused outright: nothing was created, so the next run must not wait for these names
                    journal.seen(names);
                    throw e;
                }
                unknown.addAll(names);
                names.forEach(n -> listener.step("server " + n, "create answer lost; will look for it before trying again"));
            }
        });
        if (!failures.isEmpty()) {
            throw new ApplyException("creating servers failed: " + failures.get(0).getMessage(), failures.get(0));
        }
        return unknown;
    }

    private Map<String, CloudServer> awaitVisibleAndReady(Set<String> awaited, Set<String> unknownOutcome, Instant sentAt) {
        Instant graceEnds = sentAt.plus(settings.visibilityGrace());
        String what = awaited.size() == 1 ? "server " + awaited.iterator().next() + " to become active"
                : awaited.size() + " servers to become active";
        Map<String, CloudServer> last = Waiter.waitingFor(what, settings.activeTimeout())
                .polling(settings.pollInitial(), settings.pollMax())
                .using(settings.clock(), settings.sleeper())
                .reporting(listener)
                .until(() -> CloudServer.byName(provider.servers().list(namespace)),
                        listed -> settled(listed, awaited, unknownOutcome, graceEnds),
                        listed -> awaited.stream().map(listed::get).filter(s -> s != null).map(CloudServer::failure)
                                .flatMap(Optional::stream).findFirst(),
                        listed -> describe(listed, awaited));
        journal.seen(last.keySet());
        return last;
    }

    /** Every awaited server is ready, except lost creates that have stayed invisible past the grace. */
    private boolean settled(Map<String, CloudServer> listed, Set<String> awaited, Set<String> unknownOutcome, Instant graceEnds) {
        boolean graceOver = !settings.clock().instant().isBefore(graceEnds);
        for (String name : awaited) {
            CloudServer s = listed.get(name);
            if (s == null && !(graceOver && unknownOutcome.contains(name))) {
                return false;
            }
            if (s != null && !s.ready()) {
                return false;
            }
        }
        return true;
    }

    private static String describe(Map<String, CloudServer> listed, Collection<String> awaited) {
        return awaited.stream()
                .map(n -> n + ": " + (listed.containsKey(n) ? listed.get(n).describeState() : "not listed yet"))
                .filter(s -> !s.endsWith(": active"))
                .collect(Collectors.joining("; "));
    }

    /** One batch call where the provider batches; else the batch is a single request. */
    private List<CloudServer> create(List<ServerRequest> batch) {
        Optional<BatchCreate> batching = provider.servers().batch();
        return batching.isPresent() ? batching.get().create(batch) : List.of(provider.servers().create(batch.getFirst()));
    }

    /** Same-shape groups cut to the provider's batch size; one request each where it has no batch create. */
    private List<List<ServerRequest>> batches(List<ServerRequest> requests) {
        Map<ServerRequest, List<ServerRequest>> byShape = requests.stream()
                .collect(Collectors.groupingBy(ServerRequest::shape, LinkedHashMap::new, Collectors.toList()));
        int max = provider.servers().batch().map(BatchCreate::maxPerCall).orElse(1);
        List<List<ServerRequest>> out = new ArrayList<>();
        byShape.values().forEach(group -> {
            for (int i = 0; i < group.size(); i += max) {
                out.add(group.subList(i, Math.min(group.size(), i + max)));
            }
        });
        return out;
    }

    private ServerRequest request(CreateServer c, List<String> keyIds, String launch) {
        return ServerRequest.builder(c.name(), c.region(), c.size(), c.image())
                .backups(c.backups()).ipv6(c.ipv6()).monitoring(c.monitoring())
                .vpcUuid(c.vpcUuid())
                .tags(c.tags())
                .keyIds(keyIds)
                .userData(settings.firstBoot().userData(c.name(), c.userData()))
                .namespace(namespace)
                .idempotencyKey(IdempotencyKeys.of(namespace, c.name(), launch))
                .options(c.options())
                .firewall(c.firewall())
                .build();
    }

}
