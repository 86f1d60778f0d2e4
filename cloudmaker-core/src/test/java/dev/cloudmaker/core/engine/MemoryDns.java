package dev.cloudmaker.core.engine;

import dev.cloudmaker.core.spi.DnsProvider;
import dev.cloudmaker.core.spi.DnsRecord;
import dev.cloudmaker.core.spi.RecordSpec;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Zones and records in memory, ids counted up: for tests of what writes records. */
public final class MemoryDns implements DnsProvider {
    private final Map<String, List<DnsRecord>> zones = new LinkedHashMap<>();
    private int next = 1;

    @Override
    public List<String> domains() {
        return List.copyOf(zones.keySet());
    }

    @Override
    public List<DnsRecord> records(String domain) {
        return List.copyOf(zones.get(domain));
    }

    @Override
    public void createDomain(String domain) {
        zones.putIfAbsent(domain, new ArrayList<>());
    }

    @Override
    public DnsRecord createRecord(String domain, RecordSpec r) {
        DnsRecord made = new DnsRecord(String.valueOf(next++), r.type(), r.name(), r.data(), r.ttl());
        zones.get(domain).add(made);
        return made;
    }

    @Override
    public DnsRecord updateRecord(String domain, String recordId, RecordSpec r) {
        deleteRecord(domain, recordId);
        DnsRecord changed = new DnsRecord(recordId, r.type(), r.name(), r.data(), r.ttl());
        zones.get(domain).add(changed);
        return changed;
    }

    @Override
    public void deleteRecord(String domain, String recordId) {
        zones.get(domain).removeIf(r -> r.id().equals(recordId));
    }
}
