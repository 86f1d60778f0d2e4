package dev.cloudmaker.emulator.kit.http;

import dev.cloudmaker.emulator.kit.Operation;
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

    void request(String method, Operation operation) {
        total.incrementAndGet();
        if (operation.operationClass().changesState()) {
            mutating.incrementAndGet();
        }
        byEndpoint.merge(method + " " + operation.name(), 1, Integer::sum);
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
