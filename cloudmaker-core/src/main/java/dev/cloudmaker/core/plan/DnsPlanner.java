package dev.cloudmaker.core.plan;

import dev.cloudmaker.core.model.Definition;
import dev.cloudmaker.core.model.Networking;
import dev.cloudmaker.core.model.ServerSpec;
import dev.cloudmaker.core.spi.CloudServer;
import dev.cloudmaker.core.spi.DnsRecord;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The DNS part of a plan: one A record (and AAAA where the server has IPv6) per declared name, in
 * the longest account zone that covers it. A name already pointing elsewhere fails the whole plan
 * before anything changes, unless it points at the old address of a server being replaced. A name in no zone of the
 * account adds its zone to the plan where the {@link ZonePolicy} allows it; elsewhere it stops the plan, naming the zone.
 */
final class DnsPlanner {
    private final Definition definition;
    private final Observed observed;
    private final Map<String, CloudServer> existing;
    private final Map<String, CloudServer> replaced;
    private final Function<String, Optional<String>> ownerOf;
    private final ZonePolicy zonePolicy;

    DnsPlanner(Definition definition, Observed observed, Map<String, CloudServer> existing,
               Map<String, CloudServer> replaced, Function<String, Optional<String>> ownerOf, ZonePolicy zonePolicy) {
        this.definition = definition;
        this.observed = observed;
        this.existing = existing;
        this.replaced = replaced;
        this.ownerOf = ownerOf;
        this.zonePolicy = zonePolicy;
    }

    void plan(List<PlanAction> actions) {
        plan(actions, spec -> true);
    }

    /** The records of the servers {@code only} accepts; the others' names are left as they are. */
    void plan(List<PlanAction> actions, java.util.function.Predicate<ServerSpec> only) {
        Set<String> zones = new LinkedHashSet<>(observed.domains().stream().map(DnsNames::normalize).toList());
        List<DnsConflict> conflicts = new ArrayList<>();
        Map<String, List<String>> missingZones = new LinkedHashMap<>();
        for (ServerSpec spec : definition.servers().stream().filter(only).toList()) {
            CloudServer server = existing.get(spec.name());
            boolean fresh = server == null || replaced.containsKey(spec.name());
            Networking net = fresh ? Networking.NONE : server.networking();
            // a server still booting has no addresses yet: its records are filled in once it is up, as for a new one
            boolean addressed = net.publicIpv4() != null || net.publicIpv6() != null;
            boolean wantsV6 = fresh || !addressed ? willHaveIpv6(spec) : net.publicIpv6() != null;
            CloudServer old = replaced.get(spec.name());
            Networking oldNet = old == null ? Networking.NONE : old.networking();
            for (String name : spec.names()) {
                String fqdn = DnsNames.normalize(name);
                String zone = DnsNames.zoneFor(fqdn, zones);
                if (zone == null || missingZones.containsKey(zone)) {
                    zone = zone == null ? DnsNames.registrableDomain(fqdn) : zone;
                    zones.add(zone);
                    if (!zonePolicy.mayCreate()) {
                        // no record can be planned in a zone that will not be made: the plan stops once all are listed
                        missingZones.computeIfAbsent(zone, z -> new ArrayList<>()).add(fqdn + " (" + spec.name() + ")");
                        continue;
                    }
                    actions.add(new PlanAction.CreateDomain(zone));
                }
                want(zone, fqdn, "A", net.publicIpv4(), spec.name(), oldNet, actions, conflicts);
                if (wantsV6) {
                    want(zone, fqdn, "AAAA", net.publicIpv6(), spec.name(), oldNet, actions, conflicts);
                }
            }
        }
        if (!missingZones.isEmpty()) {
            throw new PlanException(new MissingZones(zonePolicy.dnsProvider(), missingZones).describe()
                    + (conflicts.isEmpty() ? "" : "\n" + describe(conflicts)));
        }
        if (!conflicts.isEmpty()) {
            throw new PlanException(describe(conflicts));
        }
    }

    /** Every A/AAAA record in the observed zones that points at a server about to be deleted. */
    void planDeletes(List<CloudServer> doomed, List<PlanAction> actions) {
        for (CloudServer server : doomed) {
            observed.records().forEach((zone, records) -> records.stream()
                    .filter(r -> (r.type().equals("A") || r.type().equals("AAAA")) && server.networking().holdsPublic(r.data()))
                    .forEach(r -> actions.add(new PlanAction.DeleteRecord(zone, r.id(), r.type(), r.name(),
                            DnsNames.fqdn(r.name(), zone), r.data()))));
        }
    }

    /** {@code old} is the networking of the server this one replaces ({@link Networking#NONE} if none). */
    private void want(String zone, String fqdn, String type, String data, String server, Networking old,
                      List<PlanAction> actions, List<DnsConflict> conflicts) {
        String relative = DnsNames.relativeName(fqdn, zone);
        List<DnsRecord> present = observed.recordsOf(zone).stream()
                .filter(r -> r.type().equals(type) && r.name().equalsIgnoreCase(relative))
                .toList();
        if (present.isEmpty()) {
            actions.add(new PlanAction.CreateRecord(zone, type, relative, fqdn, server, data));
            return;
        }
        for (DnsRecord record : present) {
            if (Networking.sameAddress(record.data(), data)) {
                continue;
            }
            if (old.holdsPublic(record.data())) {
                actions.add(new PlanAction.UpdateRecord(zone, record.id(), type, relative, fqdn, server, record.data(), data));
            } else {
                conflicts.add(new DnsConflict(fqdn, type, record.data(), server));
            }
        }
    }

    private boolean willHaveIpv6(ServerSpec spec) {
        return spec.ipv6() != null ? spec.ipv6() : observed.regionSupportsIpv6(spec.provider(), spec.region());
    }

    private String describe(List<DnsConflict> conflicts) {
        StringBuilder sb = new StringBuilder("DNS names in " + definition.file().getFileName()
                + " already point elsewhere; nothing was changed:");
        for (DnsConflict c : conflicts) {
            String owner = ownerOf.apply(c.existingData()).orElse("no server in this account");
            sb.append("\n  ").append(c.type()).append(" record ").append(c.fqdn()).append(" points at ")
                    .append(c.existingData()).append(" (held by ").append(owner).append("), but ")
                    .append(c.server()).append(" declares that name");
        }
        sb.append("\nFix: delete or change those records, or remove the names from ")
                .append(definition.file().getFileName()).append(", then run again.");
        return sb.toString();
    }
}
