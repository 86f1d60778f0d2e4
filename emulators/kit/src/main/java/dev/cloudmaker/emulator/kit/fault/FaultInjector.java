package dev.cloudmaker.emulator.kit.fault;

import dev.cloudmaker.emulator.kit.Operation;
import dev.cloudmaker.emulator.kit.OperationClass;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Decides which configured faults hit a request. Count faults hit the first N eligible requests;
 * probability faults use the seeded random so a run can be replayed.
 */
public final class FaultInjector {
    private final List<FaultSpec> specs;
    private final int[] used;
    private final Random random;
    private volatile boolean stopped;

    public FaultInjector(List<FaultSpec> specs, long seed) {
        this.specs = List.copyOf(specs);
        this.used = new int[specs.size()];
        this.random = new Random(seed);
    }

    /** From now on no fault fires. */
    public void stop() {
        stopped = true;
    }

    public synchronized List<FaultSpec> fire(Operation operation, String method) {
        List<FaultSpec> hits = new ArrayList<>();
        if (stopped) {
            return hits;
        }
        for (int i = 0; i < specs.size(); i++) {
            FaultSpec f = specs.get(i);
            if (!f.targets(operation.name(), method) || !eligible(f.kind(), operation, method)) {
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

    // These two kinds only mean something for one kind of call; elsewhere they must not use up their count.
    private static boolean eligible(FaultKind kind, Operation operation, String method) {
        return switch (kind) {
            case STALE_AFTER_CREATE -> operation.operationClass() == OperationClass.CREATE && method.equals("POST");
            case PENDING_EVENT -> operation.operationClass() == OperationClass.ACTION && method.equals("POST");
            default -> true;
        };
    }
}
