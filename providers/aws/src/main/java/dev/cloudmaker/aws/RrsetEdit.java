package dev.cloudmaker.aws;

import dev.cloudmaker.core.CloudmakerException;
import dev.cloudmaker.core.spi.RecordChange;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import software.amazon.awssdk.services.route53.model.Change;
import software.amazon.awssdk.services.route53.model.ChangeAction;
import software.amazon.awssdk.services.route53.model.ResourceRecord;
import software.amazon.awssdk.services.route53.model.ResourceRecordSet;

/**
 * A zone's record changes as Route 53 changes of whole record sets: cloudmaker's one-value records of one name and
 * type are merged into one set (the values already there kept), a set left with no value is DELETEd exactly as it is
 * now (as Route 53 wants), any other set UPSERTed, and a set that ends as it is sent no change. Removals (deletes and
 * the old side of updates) come before additions, as the record ids were read before either. Conflicts with the zone
 * (a CNAME beside other types at a name, a set made outside cloudmaker as an alias or with a routing policy) fail
 * the whole edit before anything is sent.
 */
final class RrsetEdit {
    private final String domain;
    private final Map<String, ResourceRecordSet> plain = new HashMap<>();
    private final Map<String, String> foreign = new HashMap<>();
    private final Map<String, List<String>> after = new LinkedHashMap<>();
    private final Map<String, Integer> ttls = new HashMap<>();

    private RrsetEdit(String domain, List<ResourceRecordSet> now) {
        this.domain = domain;
        for (ResourceRecordSet s : now) {
            String key = RecordSets.id(s.typeAsString(), RecordSets.relative(domain, s.name()));
            if (s.aliasTarget() != null || s.setIdentifier() != null) {
                foreign.put(key, s.aliasTarget() != null ? "an alias" : "a set with a routing policy (" + s.setIdentifier() + ")");
            } else {
                plain.put(key, s);
            }
        }
    }

    /** The Route 53 changes that take the zone, holding {@code now}, to what {@code changes} ask. */
    static List<Change> changes(String domain, List<ResourceRecordSet> now, List<RecordChange> changes) {
        RrsetEdit edit = new RrsetEdit(domain, now);
        for (RecordChange c : changes) {
            switch (c) {
                case RecordChange.Delete d -> edit.remove(d.recordId());
                case RecordChange.Update u -> edit.remove(u.recordId());
                case RecordChange.Create ignored -> { }
            }
        }
        for (RecordChange c : changes) {
            switch (c) {
                case RecordChange.Create cr -> edit.add(cr.type(), cr.name(), cr.data(), cr.record().ttl());
                case RecordChange.Update u -> edit.add(u.type(), u.name(), u.data(), u.record().ttl());
                case RecordChange.Delete ignored -> { }
            }
        }
        edit.checkConflicts();
        return edit.changes();
    }

    private void remove(String recordId) {
        String[] id = RecordSets.parse(recordId);
        if (id == null) {
            throw new CloudmakerException("\"" + recordId + "\" is no Route 53 record id of cloudmaker's (TYPE/name)");
        }
        List<String> values = values(RecordSets.id(id[0], id[1]));
        if (id.length == 2) {
            values.clear();
        } else {
            values.remove(id[2]);
        }
    }

    private void add(String type, String name, String data, int ttl) {
        String key = RecordSets.id(type, name.toLowerCase(Locale.ROOT));
        List<String> values = values(key);
        if (!values.contains(data)) {
            values.add(data);
        }
        ttls.put(key, ttl);
    }

    /** The values a set is to hold, starting from those it holds now. */
    private List<String> values(String key) {
        return after.computeIfAbsent(key, k -> new ArrayList<>(valuesNow(k)));
    }

    private List<String> valuesNow(String key) {
        ResourceRecordSet s = plain.get(key);
        return s == null ? List.of() : s.resourceRecords().stream().map(ResourceRecord::value).toList();
    }

    private void checkConflicts() {
        List<String> conflicts = new ArrayList<>();
        after.forEach((key, values) -> {
            if (values.isEmpty()) {
                return;
            }
            String[] id = RecordSets.parse(key);
            String fqdn = RecordSets.absolute(domain, id[1]);
            if (foreign.containsKey(key)) {
                conflicts.add(id[0] + " " + fqdn + " is " + foreign.get(key) + ", made outside cloudmaker");
            }
            Set<String> others = typesAt(id[1]);
            others.remove(id[0]);
            if (id[0].equals("CNAME") ? !others.isEmpty() : others.contains("CNAME")) {
                conflicts.add(fqdn + " would hold a CNAME beside " + (id[0].equals("CNAME") ? others : Set.of(id[0])));
            }
        });
        if (!conflicts.isEmpty()) {
            throw new CloudmakerException("Route 53 zone " + domain + ": nothing was changed, as "
                    + String.join("; ", conflicts));
        }
    }

    /** The types a name holds once the edit is made: its sets not emptied, its new ones, aliases and routed sets. */
    private Set<String> typesAt(String name) {
        Set<String> types = new HashSet<>();
        Set<String> keys = new HashSet<>(plain.keySet());
        keys.addAll(after.keySet());
        keys.addAll(foreign.keySet());
        for (String key : keys) {
            String[] id = RecordSets.parse(key);
            boolean held = foreign.containsKey(key) || !(after.containsKey(key) ? after.get(key) : valuesNow(key)).isEmpty();
            if (id[1].equals(name) && held) {
                types.add(id[0]);
            }
        }
        return types;
    }

    private List<Change> changes() {
        List<Change> out = new ArrayList<>();
        after.forEach((key, values) -> {
            ResourceRecordSet now = plain.get(key);
            List<String> before = valuesNow(key);
            int ttl = ttls.getOrDefault(key, now == null || now.ttl() == null ? 300 : now.ttl().intValue());
            boolean sameTtl = now != null && now.ttl() != null && now.ttl() == ttl;
            if (Set.copyOf(before).equals(Set.copyOf(values)) && (values.isEmpty() || sameTtl)) {
                return;
            }
            if (values.isEmpty()) {
                out.add(Change.builder().action(ChangeAction.DELETE).resourceRecordSet(now).build());
            } else {
                String[] id = RecordSets.parse(key);
                out.add(Change.builder().action(ChangeAction.UPSERT).resourceRecordSet(ResourceRecordSet.builder()
                        .name(RecordSets.absolute(domain, id[1])).type(id[0]).ttl((long) ttl)
                        .resourceRecords(values.stream().map(v -> ResourceRecord.builder().value(v).build()).toList())
                        .build()).build());
            }
        });
        return out;
    }
}
