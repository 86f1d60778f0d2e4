package dev.cloudmaker.emulator.openstack;

import dev.cloudmaker.emulator.kit.http.AccountState;
import dev.cloudmaker.emulator.kit.state.StateFile;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * The emulated project: servers, key pairs, images, ports, security groups, floating IPs, zones and record sets,
 * under one lock. Time-driven changes (builds, actions, snapshots, DNS propagation) are applied from the injected
 * clock each time the lock is taken. Tokens live outside the lock: every request checks one.
 */
final class OpenStackState implements AccountState {
    final OpenStackConfig config;
    final Topology topology;
    private final ReentrantLock lock = new ReentrantLock();
    private long counter;
    private long addressCounter;
    final Map<String, Token> tokens = new ConcurrentHashMap<>();
    final Map<String, Server> servers = new LinkedHashMap<>();
    final Map<String, Keypair> keypairs = new LinkedHashMap<>();
    final Map<String, Image> images = new LinkedHashMap<>();
    final Map<String, Port> ports = new LinkedHashMap<>();
    final Map<String, SecurityGroup> groups = new LinkedHashMap<>();
    final Map<String, SecurityGroupRule> rules = new LinkedHashMap<>();
    final Map<String, FloatingIp> floatingIps = new LinkedHashMap<>();
    final Map<String, Zone> zones = new LinkedHashMap<>();
    final Map<String, Recordset> recordsets = new LinkedHashMap<>();
    /** Servers created with one of these names end in ERROR (set by tests, not saved). */
    final Set<String> failingNames = new HashSet<>();

    OpenStackState(OpenStackConfig config, List<Image> seedImages) {
        this.config = config;
        this.topology = new Topology(config.seed());
        Optional<SavedOpenStack> saved = StateFile.load(config.stateFile(), SavedOpenStack.class);
        if (saved.isPresent()) {
            SavedOpenStack s = saved.get();
            counter = s.counter();
            addressCounter = s.addressCounter();
            s.servers().forEach(x -> servers.put(x.id, x));
            s.keypairs().forEach(k -> keypairs.put(k.name(), k));
            s.images().forEach(i -> images.put(i.id(), i));
            s.ports().forEach(p -> ports.put(p.id(), p));
            s.securityGroups().forEach(g -> groups.put(g.id(), g));
            s.rules().forEach(r -> rules.put(r.id(), r));
            s.floatingIps().forEach(f -> floatingIps.put(f.id(), f));
            s.zones().forEach(z -> zones.put(z.id, z));
            s.recordsets().forEach(r -> recordsets.put(r.id, r));
        } else {
            addDefaultGroup();
        }
        seedImages.forEach(i -> images.putIfAbsent(i.id(), i));
    }

    /** Neutron's {@code default} group: all egress, ingress from members of the group itself. */
    private void addDefaultGroup() {
        Instant now = now();
        SecurityGroup group = new SecurityGroup(newId(), "default", "Default security group", now, now);
        groups.put(group.id(), group);
        for (String ether : List.of("IPv4", "IPv6")) {
            for (String direction : List.of("egress", "ingress")) {
                SecurityGroupRule rule = new SecurityGroupRule(newId(), group.id(), direction, ether, null, null, null,
                        null, direction.equals("ingress") ? group.id() : null, null, now);
                rules.put(rule.id(), rule);
            }
        }
    }

    @Override
    public <T> T locked(Supplier<T> work) {
        lock.lock();
        try {
            advance(now());
            return work.get();
        } finally {
            lock.unlock();
        }
    }

    private void advance(Instant now) {
        List<String> deleted = servers.values().stream().filter(s -> s.advance(now)).map(s -> s.id).toList();
        deleted.forEach(this::removeServer);
        zones.values().removeIf(z -> z.gone(now));
        recordsets.values().removeIf(r -> r.gone(now) || !zones.containsKey(r.zoneId));
    }

    /** A deleted server's ports go with it; floating IPs on them are left unassociated, as Neutron does. */
    private void removeServer(String id) {
        Server server = servers.remove(id);
        Instant now = now();
        for (String portId : server.portIds) {
            ports.remove(portId);
            floatingIps.replaceAll((fid, f) -> portId.equals(f.portId()) ? f.associated(null, null, now) : f);
        }
    }

    @Override
    public void persist() {
        StateFile.save(config.stateFile(), new SavedOpenStack(counter, addressCounter, List.copyOf(servers.values()),
                List.copyOf(keypairs.values()), List.copyOf(images.values()), List.copyOf(ports.values()),
                List.copyOf(groups.values()), List.copyOf(rules.values()), List.copyOf(floatingIps.values()),
                List.copyOf(zones.values()), List.copyOf(recordsets.values())));
    }

    Instant now() {
        return config.clock().instant();
    }

    /** A new UUID, the same for the same seed and count, so seeded runs replay. */
    String newId() {
        counter++;
        return Ids.uuid("openstack:" + config.seed() + ":" + counter);
    }

    /** The index of the next address to hand out; never reused, so addresses stay unique. */
    long nextAddress() {
        return addressCounter++;
    }

    /** A MAC address in OpenStack's fa:16:3e range, from a counter. */
    String newMac() {
        long n = counter++;
        return String.format("fa:16:3e:%02x:%02x:%02x", (n >> 16) & 0xff, (n >> 8) & 0xff, n & 0xff);
    }

    /** The server if it exists and is not hidden by a fault. */
    Optional<Server> visibleServer(String id) {
        Server s = servers.get(id);
        return s == null || s.isHidden(now()) ? Optional.empty() : Optional.of(s);
    }

    Optional<SecurityGroup> group(String idOrName) {
        SecurityGroup byId = groups.get(idOrName);
        if (byId != null) {
            return Optional.of(byId);
        }
        List<SecurityGroup> named = groups.values().stream().filter(g -> g.name().equals(idOrName)).toList();
        return named.size() == 1 ? Optional.of(named.getFirst()) : Optional.empty();
    }
}
