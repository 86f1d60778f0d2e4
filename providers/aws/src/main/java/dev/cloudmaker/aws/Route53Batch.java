package dev.cloudmaker.aws;

import dev.cloudmaker.core.ApiException;
import dev.cloudmaker.core.spi.BatchRecords;
import dev.cloudmaker.core.spi.RecordChange;
import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.services.route53.Route53Client;
import software.amazon.awssdk.services.route53.model.Change;
import software.amazon.awssdk.services.route53.model.ChangeInfo;
import software.amazon.awssdk.services.route53.model.ResourceRecordSet;

/**
 * A zone's record changes as one ChangeResourceRecordSets: the zone read once (ListResourceRecordSets, paged), the
 * changes merged into whole record sets and checked for conflicts ({@link RrsetEdit}), sent (in several requests only
 * past Route 53's limits, {@link ChangeChunks}), then one bounded wait for {@code INSYNC} per request. Sets already as
 * asked are not sent, so a batch sent again after it took effect sends nothing; one Route 53 refuses as invalid is
 * read and computed again once, as the zone may have changed under it.
 */
final class Route53Batch implements BatchRecords {
    private static final String INVALID_BATCH = "InvalidChangeBatch";

    private final Route53Client route53;
    private final Route53Dns dns;

    Route53Batch(Route53Client route53, Route53Dns dns) {
        this.route53 = route53;
        this.dns = dns;
    }

    @Override
    public void apply(String domain, List<RecordChange> changes) {
        try {
            send(domain, changes);
        } catch (ApiException e) {
            if (!INVALID_BATCH.equals(e.errorId())) {
                throw e;
            }
            // The zone changed between the read and the change, or the SDK resent a request whose first attempt took
            // effect and lost its answer (its DELETE then finds nothing): read it again and send, once, what is left.
            send(domain, changes);
        }
    }

    private void send(String domain, List<RecordChange> changes) {
        String zone = dns.zoneId(domain);
        List<ResourceRecordSet> now = AwsErrors.call("Route 53 ListResourceRecordSets", () -> route53
                .listResourceRecordSetsPaginator(r -> r.hostedZoneId(zone)).resourceRecordSets().stream().toList());
        List<ChangeInfo> sent = new ArrayList<>();
        for (List<Change> request : ChangeChunks.of(RrsetEdit.changes(domain, now, changes))) {
            sent.add(AwsErrors.call("Route 53 ChangeResourceRecordSets", () -> route53.changeResourceRecordSets(r -> r
                    .hostedZoneId(zone).changeBatch(b -> b.comment("cloudmaker").changes(request)))).changeInfo());
        }
        sent.forEach(info -> dns.awaitInSync(domain, info));
    }
}
