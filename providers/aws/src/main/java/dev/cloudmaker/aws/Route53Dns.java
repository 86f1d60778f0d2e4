package dev.cloudmaker.aws;

import dev.cloudmaker.core.CloudmakerException;
import dev.cloudmaker.core.WaitTimeoutException;
import dev.cloudmaker.core.spi.DnsProvider;
import dev.cloudmaker.core.spi.DnsRecord;
import dev.cloudmaker.core.spi.RecordSpec;
import dev.cloudmaker.core.time.Waiter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import software.amazon.awssdk.services.route53.Route53Client;
import software.amazon.awssdk.services.route53.model.Change;
import software.amazon.awssdk.services.route53.model.ChangeAction;
import software.amazon.awssdk.services.route53.model.ChangeInfo;
import software.amazon.awssdk.services.route53.model.ChangeStatus;
import software.amazon.awssdk.services.route53.model.HostedZone;
import software.amazon.awssdk.services.route53.model.ResourceRecord;
import software.amazon.awssdk.services.route53.model.ResourceRecordSet;

/**
 * The account's public Route 53 zones. Each write is one ChangeResourceRecordSets (Route 53 applies a batch whole or
 * not at all), computed from the record set as it is now: adding a value to a name keeps its other values, removing
 * the last one deletes the set. After a change the wait for {@code INSYNC} is bounded: past it the change is
 * accepted and still propagating, which is told, not failed.
 */
final class Route53Dns implements DnsProvider {
    static final Duration INSYNC_WAIT = Duration.ofMinutes(2);

    private final Route53Client route53;
    private final Consumer<String> notices;
    private final Map<String, String> zoneIds = new ConcurrentHashMap<>();

    Route53Dns(Route53Client route53, Consumer<String> notices) {
        this.route53 = route53;
        this.notices = notices;
    }

    @Override
    public List<String> domains() {
        List<String> out = new ArrayList<>();
        AwsErrors.run("Route 53 ListHostedZones", () -> route53.listHostedZonesPaginator().hostedZones().forEach(z -> {
            if (z.config() == null || !Boolean.TRUE.equals(z.config().privateZone())) {
                String domain = RecordSets.domain(z.name());
                zoneIds.putIfAbsent(domain, z.id());
                out.add(domain);
            }
        }));
        return out;
    }

    @Override
    public List<DnsRecord> records(String domain) {
        String zone = zoneId(domain);
        return AwsErrors.call("Route 53 ListResourceRecordSets", () -> route53.listResourceRecordSetsPaginator(r -> r
                .hostedZoneId(zone)).resourceRecordSets().stream().flatMap(s -> RecordSets.records(domain, s).stream())
                .toList());
    }

    @Override
    public void createDomain(String domain) {
        HostedZone zone = AwsErrors.call("Route 53 CreateHostedZone", () -> route53.createHostedZone(r -> r.name(domain)
                .callerReference("cloudmaker-" + UUID.randomUUID()))).hostedZone();
        zoneIds.put(domain, zone.id());
    }

    @Override
    public DnsRecord createRecord(String domain, RecordSpec record) {
        Map<String, List<String>> values = values(domain, record.type(), record.name());
        List<String> now = new ArrayList<>(values.getOrDefault(key(record.type(), record.name()), List.of()));
        if (!now.contains(record.data())) {
            now.add(record.data());
        }
        change(domain, List.of(upsert(domain, record.type(), record.name(), record.ttl(), now)));
        return new DnsRecord(RecordSets.id(record.type(), record.name(), record.data()), record.type(), record.name(),
                record.data(), record.ttl());
    }

    @Override
    public DnsRecord updateRecord(String domain, String recordId, RecordSpec record) {
        String[] old = parsed(recordId);
        List<Change> changes = new ArrayList<>();
        if (old[0].equals(record.type()) && old[1].equals(record.name())) {
            List<String> now = new ArrayList<>(values(domain, record.type(), record.name())
                    .getOrDefault(key(record.type(), record.name()), List.of()));
            now.remove(old[2]);
            if (!now.contains(record.data())) {
                now.add(record.data());
            }
            changes.add(upsert(domain, record.type(), record.name(), record.ttl(), now));
        } else {
            removal(domain, old).ifPresent(changes::add);
            List<String> now = new ArrayList<>(values(domain, record.type(), record.name())
                    .getOrDefault(key(record.type(), record.name()), List.of()));
            if (!now.contains(record.data())) {
                now.add(record.data());
            }
            changes.add(upsert(domain, record.type(), record.name(), record.ttl(), now));
        }
        change(domain, changes);
        return new DnsRecord(RecordSets.id(record.type(), record.name(), record.data()), record.type(), record.name(),
                record.data(), record.ttl());
    }

    @Override
    public void deleteRecord(String domain, String recordId) {
        removal(domain, parsed(recordId)).ifPresent(c -> change(domain, List.of(c)));
    }

    /** The change that takes one value out of its set: an UPSERT of the rest, or the set's DELETE (exactly as it is). */
    private java.util.Optional<Change> removal(String domain, String[] id) {
        java.util.Optional<ResourceRecordSet> set = set(domain, id[0], id[1]);
        if (set.isEmpty() || set.get().resourceRecords().stream().noneMatch(r -> r.value().equals(id[2]))) {
            return java.util.Optional.empty();
        }
        List<String> rest = set.get().resourceRecords().stream().map(ResourceRecord::value).filter(v -> !v.equals(id[2]))
                .toList();
        if (rest.isEmpty()) {
            return java.util.Optional.of(Change.builder().action(ChangeAction.DELETE).resourceRecordSet(set.get()).build());
        }
        int ttl = set.get().ttl() == null ? 300 : set.get().ttl().intValue();
        return java.util.Optional.of(upsert(domain, id[0], id[1], ttl, rest));
    }

    private Map<String, List<String>> values(String domain, String type, String name) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        set(domain, type, name).ifPresent(s -> out.put(key(type, name),
                s.resourceRecords().stream().map(ResourceRecord::value).toList()));
        return out;
    }

    /** The one set of this name and type, read with ListResourceRecordSets starting at it. */
    private java.util.Optional<ResourceRecordSet> set(String domain, String type, String name) {
        String absolute = RecordSets.absolute(domain, name);
        return AwsErrors.call("Route 53 ListResourceRecordSets", () -> route53.listResourceRecordSets(r -> r
                        .hostedZoneId(zoneId(domain)).startRecordName(absolute).startRecordType(type).maxItems("1")))
                .resourceRecordSets().stream()
                .filter(s -> s.typeAsString().equals(type) && RecordSets.relative(domain, s.name()).equals(name)
                        && s.aliasTarget() == null)
                .findFirst();
    }

    private static Change upsert(String domain, String type, String name, int ttl, List<String> values) {
        return Change.builder().action(ChangeAction.UPSERT).resourceRecordSet(ResourceRecordSet.builder()
                .name(RecordSets.absolute(domain, name)).type(type).ttl((long) ttl)
                .resourceRecords(values.stream().map(v -> ResourceRecord.builder().value(v).build()).toList()).build())
                .build();
    }

    /** One batch, then a bounded wait for it to reach every Route 53 server. */
    private void change(String domain, List<Change> changes) {
        ChangeInfo info = AwsErrors.call("Route 53 ChangeResourceRecordSets", () -> route53.changeResourceRecordSets(r -> r
                .hostedZoneId(zoneId(domain)).changeBatch(b -> b.comment("cloudmaker").changes(changes)))).changeInfo();
        try {
            Waiter.waitingFor("Route 53 change " + info.id() + " in " + domain + " to be in sync", INSYNC_WAIT)
                    .polling(Duration.ofMillis(200), Duration.ofSeconds(10))
                    .until(() -> AwsErrors.call("Route 53 GetChange", () -> route53.getChange(r -> r.id(info.id())))
                            .changeInfo().status(), s -> s == ChangeStatus.INSYNC, ChangeStatus::toString);
        } catch (WaitTimeoutException e) {
            notices.accept("Route 53 change " + info.id() + " in " + domain + " is accepted but not yet on every Route 53 "
                    + "server after " + INSYNC_WAIT.toMinutes() + " minutes; it goes on propagating");
        }
    }

    private String zoneId(String domain) {
        String id = zoneIds.get(domain);
        if (id == null) {
            domains();
            id = zoneIds.get(domain);
        }
        if (id == null) {
            throw new CloudmakerException("there is no public Route 53 hosted zone " + domain + " in this account");
        }
        return id;
    }

    private static String key(String type, String name) {
        return type + "/" + name;
    }

    private static String[] parsed(String recordId) {
        String[] id = RecordSets.parse(recordId);
        if (id == null) {
            throw new CloudmakerException("\"" + recordId + "\" is no Route 53 record id of cloudmaker's (TYPE/name/value)");
        }
        return id;
    }
}
