package dev.cloudmaker.aws;

import dev.cloudmaker.core.spi.CloudServer;
import dev.cloudmaker.core.time.Waiter;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Waits for instances to be terminated, all of them watched through shared listings: a wait reuses the last listing
 * when it covered its instance and is younger than the shortest poll interval, else asks for a new one that covers
 * every instance being waited for ({@link Coalescer}). N deletes waiting at once cost a listing per interval, not N.
 */
final class TerminationWatch {
    static final Duration FIRST_POLL = Duration.ofMillis(200);
    static final Duration LAST_POLL = Duration.ofSeconds(5);

    /** One listing: when it began, which ids it asked about, and those of them still live. */
    private record Listing(Instant at, Set<String> covered, Map<String, CloudServer> live) {
        boolean answers(String id, Instant now) {
            return covered.contains(id) && at.plus(FIRST_POLL).isAfter(now);
        }
    }

    private final Function<Set<String>, Map<String, CloudServer>> liveAmong;
    private final Set<String> watched = ConcurrentHashMap.newKeySet();
    private final Coalescer<String, Listing> listings = new Coalescer<>(this::list);
    private volatile Listing last = new Listing(Instant.MIN, Set.of(), Map.of());

    /** @param liveAmong the live (not terminated or shutting down) instances among some ids, by id */
    TerminationWatch(Function<Set<String>, Map<String, CloudServer>> liveAmong) {
        this.liveAmong = liveAmong;
    }

    void awaitGone(String id, Duration timeout) {
        watched.add(id);
        try {
            Waiter.waitingFor("instance " + id + " to be terminated", timeout).polling(FIRST_POLL, LAST_POLL)
                    .until(() -> state(id), Optional::isEmpty, s -> s.map(CloudServer::describeState).orElse("gone"));
        } finally {
            watched.remove(id);
        }
    }

    private Optional<CloudServer> state(String id) {
        Listing listing = last;
        if (!listing.answers(id, Instant.now())) {
            listing = listings.get(id);
        }
        return Optional.ofNullable(listing.live().get(id));
    }

    private Map<String, Listing> list(Set<String> asked) {
        Set<String> ids = new LinkedHashSet<>(asked);
        ids.addAll(watched);
        Listing listing = new Listing(Instant.now(), ids, liveAmong.apply(ids));
        last = listing;
        Map<String, Listing> answers = new HashMap<>();
        asked.forEach(id -> answers.put(id, listing));
        return answers;
    }
}
