package dev.cloudmaker.emulator.digitalocean;

import dev.cloudmaker.emulator.kit.http.AccountState;
import dev.cloudmaker.emulator.kit.state.Addresses;
import dev.cloudmaker.emulator.kit.state.StateFile;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * The emulated account. Not thread-safe by itself: callers hold {@link #locked}. Time-driven changes
 * (boot, action completion) are applied lazily by {@link #settle()} from the clock, so there are no
 * background threads and a test clock fully controls them. With a state file it starts from what the file
 * holds and {@link #persist} saves it there.
 */
final class State implements AccountState {
    final EmulatorConfig config;
    final Map<Long, Droplet> droplets = new LinkedHashMap<>();
    final Map<Long, Action> actions = new LinkedHashMap<>();
    final Map<Long, SshKey> keys = new LinkedHashMap<>();
    final Map<String, String> tags = new LinkedHashMap<>(); // lower case -> first capitalisation
    final Set<String> domains = new LinkedHashSet<>();
    final Map<Long, DnsRecord> records = new LinkedHashMap<>();
    final Map<Long, Snapshot> snapshots = new LinkedHashMap<>();
    private final ReentrantLock lock = new ReentrantLock();
    private long nextId;
    private long nextAddress;

    State(EmulatorConfig config) {
        this.config = config;
        this.nextId = 300_000_000L + Math.floorMod(config.seed(), 1_000_000L);
        StateFile.load(config.stateFile(), StateSnapshot.class).ifPresent(this::restore);
    }

    @Override
    public <T> T locked(Supplier<T> work) {
        lock.lock();
        try {
            settle();
            return work.get();
        } finally {
            lock.unlock();
        }
    }

    Instant now() {
        return config.clock().instant();
    }

    long newId() {
        return nextId++;
    }

    long newAddressIndex() {
        return nextAddress++;
    }

    /** Completes every action whose time has come and applies its effect. */
    void settle() {
        Instant now = now();
        for (Action a : List.copyOf(actions.values())) {
            if (a.inProgress() && !a.completesAt().isAfter(now) && a.type().equals("shutdown") && config.shutdownIgnored()) {
                actions.put(a.id(), a.errored()); // the droplet keeps running
            } else if (a.inProgress() && !a.completesAt().isAfter(now)) {
                actions.put(a.id(), a.completed());
                Droplet d = droplets.get(a.dropletId());
                if (d != null) {
                    droplets.put(d.id(), apply(a, d));
                }
            }
        }
    }

    private Droplet apply(Action a, Droplet d) {
        return switch (a.type()) {
            case "create", "power_on", "reboot", "power_cycle" -> d.withStatus("active");
            case "power_off", "shutdown" -> d.withStatus("off");
            case "resize" -> d.withSize(a.params().get("size"),
                    a.params().containsKey("disk") ? Integer.parseInt(a.params().get("disk")) : d.diskGb());
            case "rename" -> d.withName(a.params().get("name"));
            case "enable_ipv6" -> d.publicIpv6() != null ? d
                    : d.withIpv6(Addresses.ipv6(config.seed(), newAddressIndex()));
            case "snapshot" -> d.withSnapshot(snapshotOf(d, a).id());
            default -> d;
        };
    }

    private Snapshot snapshotOf(Droplet d, Action a) {
        String distribution = Catalog.image(d.imageId()).map(CatalogImage::distribution)
                .or(() -> Optional.ofNullable(snapshots.get(d.imageId())).map(Snapshot::distribution))
                .orElse("Unknown");
        int disk = d.diskGb() > 0 ? d.diskGb() : 25;
        Snapshot s = new Snapshot(newId(), a.params().get("name"), d.region(), distribution, disk,
                Math.round(disk * 0.08 * 100) / 100.0, a.completesAt(), d.id());
        snapshots.put(s.id(), s);
        return s;
    }

    Action startAction(Droplet d, String type, Map<String, String> params, Duration duration) {
        Instant now = now();
        Action a = new Action(newId(), type, "in-progress", d.id(), d.region(), Map.copyOf(params), now,
                now.plus(duration));
        actions.put(a.id(), a);
        return a;
    }

    /** The snapshot a droplet was made from; one deleted since is still described by its id, as the API does. */
    Snapshot snapshotOrDeleted(long id, String region) {
        Snapshot s = snapshots.get(id);
        return s != null ? s : new Snapshot(id, "deleted snapshot " + id, region, "Unknown", 0, 0, now(), 0);
    }

    boolean locked(long dropletId) {
        return actions.values().stream().anyMatch(a -> a.dropletId() == dropletId && a.inProgress());
    }

    /** A droplet that exists and has become visible (stale-after-create hides new ones for a while). */
    Optional<Droplet> visibleDroplet(long id) {
        Droplet d = droplets.get(id);
        return d == null || d.visibleAt().isAfter(now()) ? Optional.empty() : Optional.of(d);
    }

    List<Droplet> visibleDroplets() {
        Instant now = now();
        return droplets.values().stream().filter(d -> !d.visibleAt().isAfter(now)).toList();
    }

    Optional<String> tag(String name) {
        return Optional.ofNullable(tags.get(name.toLowerCase(Locale.ROOT)));
    }

    /** Returns the tag's stored capitalisation, creating it when missing. */
    String ensureTag(String name) {
        return tags.computeIfAbsent(name.toLowerCase(Locale.ROOT), k -> name);
    }

    List<DnsRecord> recordsOf(String domain) {
        return records.values().stream().filter(r -> r.domain().equals(domain)).toList();
    }

    @Override
    public void persist() {
        StateFile.save(config.stateFile(), snapshot());
    }

    private StateSnapshot snapshot() {
        return new StateSnapshot(nextId, nextAddress, List.copyOf(droplets.values()), List.copyOf(actions.values()),
                List.copyOf(keys.values()), List.copyOf(tags.values()), List.copyOf(domains),
                List.copyOf(records.values()), List.copyOf(snapshots.values()));
    }

    private void restore(StateSnapshot s) {
        nextId = s.nextId();
        nextAddress = s.nextAddress();
        s.droplets().forEach(d -> droplets.put(d.id(), d));
        s.actions().forEach(a -> actions.put(a.id(), a));
        s.keys().forEach(k -> keys.put(k.id(), k));
        s.tags().forEach(this::ensureTag);
        domains.addAll(s.domains());
        s.records().forEach(r -> records.put(r.id(), r));
        s.snapshots().forEach(i -> snapshots.put(i.id(), i));
    }

    List<Action> actionsNewestFirst(Long dropletId) {
        List<Action> list = new ArrayList<>(actions.values().stream()
                .filter(a -> dropletId == null || a.dropletId() == dropletId).toList());
        list.sort((x, y) -> Long.compare(y.id(), x.id()));
        return list;
    }
}
