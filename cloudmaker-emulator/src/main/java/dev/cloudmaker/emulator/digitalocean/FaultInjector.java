package dev.cloudmaker.emulator.digitalocean;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Decides which configured faults hit a request. Count faults hit the first N eligible requests;
 * probability faults use the seeded random so a run can be replayed.
 */
final class FaultInjector {
    private final List<FaultSpec> specs;
    private final int[] used;
    private final Random random;
    private volatile boolean stopped;

    FaultInjector(List<FaultSpec> specs, long seed) {
        this.specs = List.copyOf(specs);
        this.used = new int[specs.size()];
        this.random = new Random(seed);
    }

    /** From now on no fault fires. */
    void stop() {
        stopped = true;
    }

    synchronized List<FaultSpec> fire(String endpoint, String method) {
        List<FaultSpec> hits = new ArrayList<>();
        if (stopped) {
            return hits;
        }
        for (int i = 0; i < specs.size(); i++) {
            FaultSpec f = specs.get(i);
            if (!f.targets(endpoint, method) || !eligible(f.kind(), endpoint, method)) {
                continue;
            }
            boolean hit = f.probability() > 0 ? random.nextDouble() < f.probability() : used[i] < f.count();
            if (hit) {
                used[i]++;
                hits.add(f);
            }
        }
        return hits;
    }

    // These two kinds only mean something for one operation; elsewhere they must not use up their count.
    private static boolean eligible(FaultKind kind, String endpoint, String method) {
        return switch (kind) {
            case STALE_AFTER_CREATE -> endpoint.equals("droplets") && method.equals("POST");
            case PENDING_EVENT -> endpoint.equals("droplet-actions") && method.equals("POST");
            default -> true;
        };
    }
}
