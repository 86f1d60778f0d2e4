package dev.cloudmaker.aws;

import dev.cloudmaker.core.CloudmakerException;
import dev.cloudmaker.core.WaitTimeoutException;
import dev.cloudmaker.core.spi.BatchRecords;
import dev.cloudmaker.core.spi.DnsProvider;
import dev.cloudmaker.core.spi.DnsRecord;
import dev.cloudmaker.core.spi.RecordSpec;
import dev.cloudmaker.core.time.Waiter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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

    /** A new public zone; its caller reference is new per call (the SDK's own retries resend the same one). */
    @Override
    public void createDomain(String domain) {
        HostedZone zone = AwsErrors.call("Route 53 CreateHostedZone", () -> route53.createHostedZone(r -> r.name(domain)
                .callerReference("cloudmaker-" + UUID.randomUUID()))).hostedZone();
        zoneIds.put(domain, zone.id());
    }

    @Override
    public DnsRecord createRecord(String domain, RecordSpec record) {
        List<String> values = new ArrayList<>(values(domain, record.type(), record.name()));
        if (!values.contains(record.data())) {
            values.add(record.data());
        }
        change(domain, List.of(upsert(domain, record.type(), record.name(), record.ttl(), values)));
        return made(record, values.size());
    }

    @Override
    public DnsRecord updateRecord(String domain, String recordId, RecordSpec record) {
        String[] old = parsed(recordId);
        List<Change> changes = new ArrayList<>();
        boolean sameSet = old[0].equals(record.type()) && old[1].equals(record.name());
        if (!sameSet) {
            removal(domain, old).ifPresent(changes::add);
        }
        List<String> values = new ArrayList<>(values(domain, record.type(), record.name()));
        if (sameSet) {
            if (old.length == 2) {
                values.clear();
            } else {
                values.remove(old[2]);
            }
        }
        if (!values.contains(record.data())) {
            values.add(record.data());
        }
        changes.add(upsert(domain, record.type(), record.name(), record.ttl(), values));
        change(domain, changes);
        return made(record, values.size());
    }

    @Override
    public void deleteRecord(String domain, String recordId) {
        removal(domain, parsed(recordId)).ifPresent(c -> change(domain, List.of(c)));
    }

    /**
     * The change that takes a record out: the whole set's DELETE (exactly as it is now, as Route 53 wants) for a
     * set's only value, an UPSERT of the rest for one value of several; none when it is gone already.
     */
    private Optional<Change> removal(String domain, String[] id) {
        Optional<ResourceRecordSet> set = set(domain, id[0], id[1]);
        if (set.isEmpty()) {
            return Optional.empty();
        }
        List<String> now = set.get().resourceRecords().stream().map(ResourceRecord::value).toList();
        List<String> rest = id.length == 2 ? List.of() : now.stream().filter(v -> !v.equals(id[2])).toList();
        if (rest.size() == now.size()) {
            return Optional.empty();
        }
        if (rest.isEmpty()) {
            return Optional.of(Change.builder().action(ChangeAction.DELETE).resourceRecordSet(set.get()).build());
        }
        int ttl = set.get().ttl() == null ? 300 : set.get().ttl().intValue();
        return Optional.of(upsert(domain, id[0], id[1], ttl, rest));
    }

    private List<String> values(String domain, String type, String name) {
        return set(domain, type, name).map(s -> s.resourceRecords().stream().map(ResourceRecord::value).toList())
                .orElse(List.of());
    }

    /** The one set of this name and type, read with ListResourceRecordSets starting at it. */
    private Optional<ResourceRecordSet> set(String domain, String type, String name) {
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

    private static DnsRecord made(RecordSpec record, int valuesInSet) {
        String id = valuesInSet == 1 ? RecordSets.id(record.type(), record.name())
                : RecordSets.id(record.type(), record.name(), record.data());
        return new DnsRecord(id, record.type(), record.name(), record.data(), record.ttl());
    }

    /** A zone's records changed in one ChangeResourceRecordSets ({@link Route53Batch}). */
    @Override
    public Optional<BatchRecords> batch() {
        return Optional.of(new Route53Batch(route53, this));
    }

    /** One batch, then a bounded wait for it to reach every Route 53 server. */
    private void change(String domain, List<Change> changes) {
        ChangeInfo info = AwsErrors.call("Route 53 ChangeResourceRecordSets", () -> route53.changeResourceRecordSets(r -> r
                .hostedZoneId(zoneId(domain)).changeBatch(b -> b.comment("cloudmaker").changes(changes)))).changeInfo();
        awaitInSync(domain, info);
    }

    /** Waits, bounded, for a change to reach every Route 53 server; past the bound it is told, not failed. */
    void awaitInSync(String domain, ChangeInfo info) {
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

    String zoneId(String domain) {
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

    private static String[] parsed(String recordId) {
        String[] id = RecordSets.parse(recordId);
        if (id == null) {
            throw new CloudmakerException("\"" + recordId + "\" is no Route 53 record id of cloudmaker's (TYPE/name)");
        }
        return id;
    }
}
