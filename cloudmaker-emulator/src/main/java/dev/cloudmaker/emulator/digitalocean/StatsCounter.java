package dev.cloudmaker.emulator.digitalocean;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/** Thread-safe request counters behind {@link EmulatorStats}. */
final class StatsCounter {
    private final AtomicLong total = new AtomicLong();
    private final AtomicLong mutating = new AtomicLong();
    private final AtomicLong rateLimited = new AtomicLong();
    private final AtomicLong faults = new AtomicLong();
    private final Map<String, Integer> byEndpoint = new ConcurrentHashMap<>();

    void request(String method, String endpoint) {
        total.incrementAndGet();
        if (!method.equals("GET") && !method.equals("HEAD")) {
            mutating.incrementAndGet();
        }
        byEndpoint.merge(method + " " + endpoint, 1, Integer::sum);
    }

    void rateLimited() {
        rateLimited.incrementAndGet();
    }

    void faults(int n) {
        faults.addAndGet(n);
    }

    EmulatorStats snapshot() {
        return new EmulatorStats(total.get(), mutating.get(), rateLimited.get(), faults.get(),
                Map.copyOf(new TreeMap<>(byEndpoint)));
    }

    void reset() {
        total.set(0);
        mutating.set(0);
        rateLimited.set(0);
        faults.set(0);
        byEndpoint.clear();
    }
}
