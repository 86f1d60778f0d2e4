package dev.cloudmaker.emulator.aws;

import dev.cloudmaker.emulator.kit.http.ApiResponse;
import dev.cloudmaker.emulator.kit.http.PathRouter;
import java.util.List;
import org.w3c.dom.Element;

/** ChangeResourceRecordSets (one batch, all or nothing, {@code PENDING} until the change delay passed) and ListResourceRecordSets. */
final class RecordHandler {
    static final String XML = "text/xml";

    void register(PathRouter<Route53Endpoint> router) {
        router.add("POST", ZoneHandler.BASE + "/hostedzone/{}/rrset", "ChangeResourceRecordSets", this::change);
        router.add("GET", ZoneHandler.BASE + "/hostedzone/{}/rrset", "ListResourceRecordSets", this::list);
    }

    static DnsChange newChange(Route53Request r, String comment) {
        DnsChange c = new DnsChange(r.state().route53Id("C"), r.now(), r.now().plus(r.state().config.changeDelay()),
                comment);
        r.state().changes.put(c.id(), c);
        return c;
    }

    private ApiResponse change(Route53Request r) {
        HostedZone zone = r.zone(0);
        Element body = RequestXml.parse(r.body(), "ChangeResourceRecordSetsRequest");
        Element batch = RequestXml.child(body, "ChangeBatch");
        if (batch == null) {
            throw Route53Error.invalidInput("The request needs a ChangeBatch");
        }
        zone.records = RecordBatch.apply(zone, batch);
        DnsChange change = newChange(r, RequestXml.text(batch, "Comment"));
        Xml xml = r.reply();
        ZoneXml.change(xml, change, "PENDING");
        return ZoneHandler.ok(xml);
    }

    private ApiResponse list(Route53Request r) {
        HostedZone zone = r.zone(0);
        String startName = r.query().get("name");
        String startType = r.query().get("type");
        if (startType != null && startName == null) {
            throw Route53Error.invalidInput("The input is not valid: type requires name");
        }
        int max = r.maxItems(300);
        List<RecordSet> sets = zone.records;
        int from = 0;
        if (startName != null) {
            String name = DnsNames.normalize(startName);
            while (from < sets.size() && before(sets.get(from), name, startType)) {
                from++;
            }
        }
        int to = Math.min(sets.size(), from + max);
        Xml xml = r.reply().open("ResourceRecordSets");
        for (RecordSet s : sets.subList(from, to)) {
            xml.open("ResourceRecordSet").leaf("Name", DnsNames.escape(s.name())).leaf("Type", s.type())
                    .leaf("TTL", s.ttl()).open("ResourceRecords");
            s.values().forEach(v -> xml.open("ResourceRecord").leaf("Value", v).close());
            xml.close().close();
        }
        xml.close().leaf("IsTruncated", to < sets.size());
        if (to < sets.size()) {
            xml.leaf("NextRecordName", DnsNames.escape(sets.get(to).name())).leaf("NextRecordType", sets.get(to).type());
        }
        return ZoneHandler.ok(xml.leaf("MaxItems", max));
    }

    private static boolean before(RecordSet s, String name, String type) {
        int byName = DnsNames.ORDER.compare(s.name(), name);
        return byName < 0 || (byName == 0 && type != null && s.type().compareTo(type) < 0);
    }
}
