package dev.cloudmaker.core.engine;

import dev.cloudmaker.core.ApiException;
import dev.cloudmaker.core.plan.PlanAction.CreateRecord;
import dev.cloudmaker.core.plan.PlanAction.DeleteRecord;
import dev.cloudmaker.core.plan.PlanAction.UpdateRecord;
import dev.cloudmaker.core.spi.BatchRecords;
import dev.cloudmaker.core.spi.CloudServer;
import dev.cloudmaker.core.spi.DnsProvider;
import dev.cloudmaker.core.spi.DnsRecord;
import dev.cloudmaker.core.spi.RecordChange;
import dev.cloudmaker.core.spi.RecordSpec;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The plan's records as one {@link BatchRecords} batch per zone and stage, where the DNS provider offers batches:
 * addresses known after apply are filled in as {@link RecordWriter} does (a create whose server has no such address
 * is skipped, an update whose server lost it becomes a delete), and each record is told as it is one at a time. A
 * batch whose answer was lost is sent again with only what the zone does not show yet.
 */
final class RecordBatches {
    private final DnsProvider dns;
    private final BatchRecords batch;
    private final int ttl;
    private final ApplyListener listener;

    private RecordBatches(DnsProvider dns, BatchRecords batch, int ttl, ApplyListener listener) {
        this.dns = dns;
        this.batch = batch;
        this.ttl = ttl;
        this.listener = listener;
    }

    /** Batches on this DNS provider, when it has them. */
    static Optional<RecordBatches> offered(DnsProvider dns, int ttl, ApplyListener listener) {
        return dns.batch().map(b -> new RecordBatches(dns, b, ttl, listener));
    }

    /** The stale records' deletes, one batch per zone. */
    List<ZoneBatch> deletes(List<DeleteRecord> deletes) {
        Map<String, List<RecordChange>> zones = new LinkedHashMap<>();
        Map<String, List<Runnable>> told = new LinkedHashMap<>();
        for (DeleteRecord r : deletes) {
            add(zones, told, r.domain(), new RecordChange.Delete(r.recordId(), r.type(), r.name(), r.data()),
                    () -> listener.step(r.type() + " " + r.fqdn(), "deleted (was " + r.data() + ")"));
        }
        return built(zones, told);
    }

    /** The records to write and update, one batch per zone, with the servers' addresses as they are now. */
    List<ZoneBatch> writes(List<CreateRecord> creates, List<UpdateRecord> updates, Map<String, CloudServer> servers) {
        Map<String, List<RecordChange>> zones = new LinkedHashMap<>();
        Map<String, List<Runnable>> told = new LinkedHashMap<>();
        for (CreateRecord r : creates) {
            String data = r.data() != null ? r.data() : RecordWriter.address(r.type(), r.server(), servers);
            if (data == null) {
                listener.step(r.type() + " " + r.fqdn(), "skipped: " + r.server() + " has no " + r.type() + " address");
            } else {
                add(zones, told, r.domain(), new RecordChange.Create(new RecordSpec(r.type(), r.name(), data, ttl)),
                        () -> listener.step(r.type() + " " + r.fqdn(), "→ " + data));
            }
        }
        for (UpdateRecord r : updates) {
            String data = r.data() != null ? r.data() : RecordWriter.address(r.type(), r.server(), servers);
            if (data == null) {
                add(zones, told, r.domain(), new RecordChange.Delete(r.recordId(), r.type(), r.name(), r.oldData()),
                        () -> listener.step(r.type() + " " + r.fqdn(), "deleted: " + r.server() + " has no " + r.type()
                                + " address now"));
            } else {
                add(zones, told, r.domain(), new RecordChange.Update(r.recordId(), new RecordSpec(r.type(), r.name(), data, ttl)),
                        () -> listener.step(r.type() + " " + r.fqdn(), r.oldData() + " → " + data));
            }
        }
        return built(zones, told);
    }

    /** Sends one zone's batch; when its answer is lost, reads the zone and sends again only what is still missing. */
    void send(ZoneBatch zone) {
        if (zone.changes().isEmpty()) {
            return;
        }
        try {
            batch.apply(zone.domain(), zone.changes());
        } catch (ApiException e) {
            if (!e.outcomeUnknown()) {
                throw e;
            }
            List<RecordChange> missing = missing(zone.changes(), dns.records(zone.domain()));
            if (!missing.isEmpty()) {
                batch.apply(zone.domain(), missing);
            }
        }
        zone.told().forEach(Runnable::run);
    }

    /** The changes the zone does not show yet: a write whose value is not there, a delete whose value still is. */
    static List<RecordChange> missing(List<RecordChange> changes, List<DnsRecord> now) {
        List<RecordChange> out = new ArrayList<>();
        for (RecordChange c : changes) {
            boolean there = now.stream().anyMatch(r -> r.type().equals(c.type()) && r.name().equalsIgnoreCase(c.name())
                    && r.data().equalsIgnoreCase(c.data()));
            if (there == c instanceof RecordChange.Delete) {
                out.add(c);
            }
        }
        return out;
    }

    private static void add(Map<String, List<RecordChange>> zones, Map<String, List<Runnable>> told, String domain,
                            RecordChange change, Runnable tell) {
        zones.computeIfAbsent(domain, d -> new ArrayList<>()).add(change);
        told.computeIfAbsent(domain, d -> new ArrayList<>()).add(tell);
    }

    private static List<ZoneBatch> built(Map<String, List<RecordChange>> zones, Map<String, List<Runnable>> told) {
        return zones.keySet().stream().map(d -> new ZoneBatch(d, zones.get(d), told.get(d))).toList();
    }
}
