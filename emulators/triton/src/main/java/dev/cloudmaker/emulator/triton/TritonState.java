package dev.cloudmaker.emulator.triton;

import dev.cloudmaker.emulator.kit.http.AccountState;
import dev.cloudmaker.emulator.kit.state.StateFile;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Set;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * The emulated account: its profile, keys, machines and own images, under one lock. Time-driven changes (jobs,
 * snapshots, images being made) are applied from the injected clock each time the lock is taken.
 */
final class TritonState implements AccountState {
    final TritonConfig config;
    private final ReentrantLock lock = new ReentrantLock();
    final String accountId;
    boolean cnsEnabled;
    private long counter;
    final Map<String, String> profile = new LinkedHashMap<>();
    final List<AccountKey> keys = new ArrayList<>();
    final Map<String, Machine> machines = new LinkedHashMap<>();
    final Map<String, TritonImage> ownImages = new LinkedHashMap<>();
    /** Machines created with one of these names fail to provision (set by tests, not saved). */
    final Set<String> failingNames = new HashSet<>();
    /** Datacenters ListDatacenters shows beside this one, name → CloudAPI URL (set by tests, not saved). */
    final Map<String, String> otherDatacenters = new LinkedHashMap<>();

    TritonState(TritonConfig config) {
        this.config = config;
        Optional<SavedTriton> saved = StateFile.load(config.stateFile(), SavedTriton.class);
        if (saved.isPresent()) {
            SavedTriton s = saved.get();
            accountId = s.accountId();
            cnsEnabled = s.cnsEnabled();
            counter = s.counter();
            profile.putAll(s.profile());
            keys.addAll(s.keys());
            s.machines().forEach(m -> machines.put(m.id, m));
            s.ownImages().forEach(i -> ownImages.put(i.id(), i));
        } else {
            accountId = UUID.nameUUIDFromBytes(("account:" + config.login()).getBytes(StandardCharsets.UTF_8)).toString();
            profile.put("email", config.login() + "@example.com");
            profile.put("created", Json.time(now()));
            profile.put("updated", Json.time(now()));
        }
        config.keys().stream().filter(k -> keys.stream().noneMatch(held -> held.fingerprint().equals(k.fingerprint())))
                .forEach(keys::add);
    }

    @Override
    public <T> T locked(Supplier<T> work) {
        lock.lock();
        try {
            Instant now = now();
            machines.values().forEach(m -> m.advance(now));
            ownImages.replaceAll((id, image) -> image.advancedTo(now));
            return work.get();
        } finally {
            lock.unlock();
        }
    }

    @Override
    public void persist() {
        StateFile.save(config.stateFile(), new SavedTriton(accountId, cnsEnabled, counter, Map.copyOf(profile),
                List.copyOf(keys), List.copyOf(machines.values()), List.copyOf(ownImages.values())));
    }

    Instant now() {
        return config.clock().instant();
    }

    /** A new UUID, the same for the same seed and count, so seeded runs replay. */
    String newId() {
        counter++;
        return UUID.nameUUIDFromBytes(("triton:" + config.seed() + ":" + counter).getBytes(StandardCharsets.UTF_8))
                .toString();
    }

    /** How many machines have been given addresses: the index of the next. */
    long addressIndex() {
        return machines.size();
    }

    /** The public catalogue and the account's own images. */
    List<TritonImage> images() {
        return Stream.concat(Catalog.IMAGES.stream(), ownImages.values().stream()).toList();
    }

    Optional<TritonImage> image(String id) {
        return images().stream().filter(i -> i.id().equals(id)).findFirst();
    }
}
