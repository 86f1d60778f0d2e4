package dev.cloudmaker.core.engine;

import dev.cloudmaker.core.ApiException;
import dev.cloudmaker.core.plan.PlanAction.CreateRecord;
import dev.cloudmaker.core.plan.PlanAction.UpdateRecord;
import dev.cloudmaker.core.spi.CloudServer;
import dev.cloudmaker.core.spi.DnsProvider;
import dev.cloudmaker.core.spi.DnsRecord;
import dev.cloudmaker.core.spi.RecordSpec;
import java.util.Map;

/**
 * Writes one record, filling in the server's address when the plan said "known after apply".
 * A create whose answer was lost is checked for before being sent again, so no record is doubled.
 */
final class RecordWriter {
    private final DnsProvider dns;
    private final int ttl;
    private final ApplyListener listener;

    RecordWriter(DnsProvider dns, int ttl, ApplyListener listener) {
        this.dns = dns;
        this.ttl = ttl;
        this.listener = listener;
    }

    void create(CreateRecord r, Map<String, CloudServer> servers) {
        String data = r.data() != null ? r.data() : address(r.type(), r.server(), servers);
        if (data == null) {
            listener.step(r.type() + " " + r.fqdn(), "skipped: " + r.server() + " has no " + r.type() + " address");
            return;
        }
        RecordSpec spec = new RecordSpec(r.type(), r.name(), data, ttl);
        try {
            dns.createRecord(r.domain(), spec);
        } catch (ApiException e) {
            if (!e.outcomeUnknown()) {
                throw e;
            }
            if (!exists(r.domain(), spec)) {
                dns.createRecord(r.domain(), spec);
            }
        }
        listener.step(r.type() + " " + r.fqdn(), "→ " + data);
    }

    void update(UpdateRecord r, Map<String, CloudServer> servers) {
        String data = r.data() != null ? r.data() : address(r.type(), r.server(), servers);
        if (data == null) {
            dns.deleteRecord(r.domain(), r.recordId());
            listener.step(r.type() + " " + r.fqdn(), "deleted: " + r.server() + " has no " + r.type() + " address now");
            return;
        }
        dns.updateRecord(r.domain(), r.recordId(), new RecordSpec(r.type(), r.name(), data, ttl));
        listener.step(r.type() + " " + r.fqdn(), r.oldData() + " → " + data);
    }

    private boolean exists(String domain, RecordSpec spec) {
        for (DnsRecord existing : dns.records(domain)) {
            if (existing.type().equals(spec.type()) && existing.name().equalsIgnoreCase(spec.name())
                    && existing.data().equalsIgnoreCase(spec.data())) {
                return true;
            }
        }
        return false;
    }

    static String address(String type, String server, Map<String, CloudServer> servers) {
        CloudServer s = servers.get(server);
        if (s == null) {
            return null;
        }
        return type.equals("AAAA") ? s.networking().publicIpv6() : s.networking().publicIpv4();
    }
}
