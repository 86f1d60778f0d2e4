package dev.cloudmaker.emulator.aws;

import java.time.Instant;

/** A hosted zone, its delegation set and a change, as Route 53's XML shows them. */
final class ZoneXml {
    private ZoneXml() {
    }

    static void zone(Xml xml, HostedZone z) {
        xml.open("HostedZone").leaf("Id", "/hostedzone/" + z.id).leaf("Name", DnsNames.escape(z.name))
                .leaf("CallerReference", z.callerReference).open("Config").leaf("Comment", z.comment)
                .leaf("PrivateZone", z.privateZone).close().leaf("ResourceRecordSetCount", z.records.size()).close();
    }

    static void delegation(Xml xml) {
        xml.open("DelegationSet").open("NameServers");
        HostedZone.NAME_SERVERS.forEach(ns -> xml.leaf("NameServer", ns.substring(0, ns.length() - 1)));
        xml.close().close();
    }

    /** A change as a later read shows it; the call that made it always says {@code PENDING}. */
    static void change(Xml xml, DnsChange c, Instant now) {
        change(xml, c, c.status(now));
    }

    static void change(Xml xml, DnsChange c, String status) {
        xml.open("ChangeInfo").leaf("Id", "/change/" + c.id()).leaf("Status", status)
                .leaf("SubmittedAt", Times.iso(c.submitted())).leaf("Comment", c.comment()).close();
    }
}
