package dev.cloudmaker.emulator.aws;

import dev.cloudmaker.emulator.kit.http.AccountState;
import dev.cloudmaker.emulator.kit.state.StateFile;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * The emulated account under one lock: EC2's regions (made on first use) and Route 53's zones and changes.
 * Transitions are applied from the injected clock each time the lock is taken.
 */
final class AwsState implements AccountState, IdSource {
    final AwsConfig config;
    private final ReentrantLock lock = new ReentrantLock();
    private long counter;
    private long addresses;
    final Map<String, Ec2Region> regions = new LinkedHashMap<>();
    final Map<String, HostedZone> zones = new LinkedHashMap<>();
    final Map<String, DnsChange> changes = new LinkedHashMap<>();

    AwsState(AwsConfig config) {
        this.config = config;
        Optional<SavedAws> saved = StateFile.load(config.stateFile(), SavedAws.class);
        saved.ifPresent(s -> {
            counter = s.counter();
            regions.putAll(s.regions());
            zones.putAll(s.zones());
            s.changes().forEach(c -> changes.put(c.id(), c));
        });
        addresses = regions.values().stream().mapToLong(r -> r.instances.size()).sum();
    }

    @Override
    public <T> T locked(Supplier<T> work) {
        lock.lock();
        try {
            Instant now = now();
            regions.values().forEach(r -> r.instances.values().forEach(i -> i.advance(now)));
            return work.get();
        } finally {
            lock.unlock();
        }
    }

    @Override
    public void persist() {
        StateFile.save(config.stateFile(), new SavedAws(counter, Map.copyOf(regions), Map.copyOf(zones),
                List.copyOf(changes.values())));
    }

    Instant now() {
        return config.clock().instant();
    }

    /** The region's state, made as a new account has it on first use. */
    Ec2Region region(String name) {
        return regions.computeIfAbsent(name, n -> Ec2Region.fresh(n, this));
    }

    @Override
    public String next(String prefix) {
        counter++;
        String hex = UUID.nameUUIDFromBytes(("aws:" + config.seed() + ":" + counter).getBytes(StandardCharsets.UTF_8))
                .toString().replace("-", "");
        return prefix + "-0" + hex.substring(0, 16);
    }

    /** A Route 53 id: upper-case letters and digits, {@code Z…} for zones and {@code C…} for changes. */
    String route53Id(String letter) {
        return letter + next("x").substring(3).toUpperCase(java.util.Locale.ROOT);
    }

    /** The index of the next public address handed out. */
    long nextAddress() {
        return addresses++;
    }
}
