package dev.cloudmaker.emulator.aws;

import dev.cloudmaker.emulator.kit.http.ApiResponse;
import dev.cloudmaker.emulator.kit.http.PathRouter;
import java.util.List;
import org.w3c.dom.Element;

/**
 * Route 53's hosted zones: list (by marker, and by name in reversed-label order), get, create ({@code 201},
 * {@code CallerReference} unique, SOA and NS made), delete (only when holding no more than those), GetChange and
 * the zone's tags.
 */
final class ZoneHandler {
    static final String BASE = "/2013-04-01";

    void register(PathRouter<Route53Endpoint> router) {
        router.add("GET", BASE + "/hostedzone", "ListHostedZones", this::list);
        router.add("POST", BASE + "/hostedzone", "CreateHostedZone", this::create);
        router.add("GET", BASE + "/hostedzonesbyname", "ListHostedZonesByName", this::listByName);
        router.add("GET", BASE + "/hostedzonecount", "GetHostedZoneCount", this::count);
        router.add("GET", BASE + "/hostedzone/{}", "GetHostedZone", this::get);
        router.add("DELETE", BASE + "/hostedzone/{}", "DeleteHostedZone", this::delete);
        router.add("GET", BASE + "/change/{}", "GetChange", this::change);
        router.add("GET", BASE + "/tags/{}/{}", "ListTagsForResource", this::tags);
        router.add("POST", BASE + "/tags/{}/{}", "ChangeTagsForResource", this::changeTags);
    }

    private ApiResponse list(Route53Request r) {
        List<HostedZone> zones = List.copyOf(r.state().zones.values());
        int max = r.maxItems(100);
        String marker = r.query().get("marker");
        int from = 0;
        if (marker != null) {
            from = zones.stream().map(z -> z.id).toList().indexOf(marker);
            if (from < 0) {
                throw Route53Error.invalidInput("Invalid marker: " + marker);
            }
        }
        int to = Math.min(zones.size(), from + max);
        Xml xml = r.reply().open("HostedZones");
        zones.subList(from, to).forEach(z -> ZoneXml.zone(xml, z));
        xml.close();
        if (marker != null) {
            xml.leaf("Marker", marker);
        }
        xml.leaf("IsTruncated", to < zones.size());
        if (to < zones.size()) {
            xml.leaf("NextMarker", zones.get(to).id);
        }
        return ok(xml.leaf("MaxItems", max));
    }

    private ApiResponse listByName(Route53Request r) {
        List<HostedZone> zones = r.state().zones.values().stream()
                .sorted((a, b) -> DnsNames.ORDER.compare(a.name, b.name)).toList();
        String dnsName = r.query().get("dnsname");
        int max = r.maxItems(100);
        int from = 0;
        if (dnsName != null) {
            String start = DnsNames.normalize(dnsName);
            while (from < zones.size() && DnsNames.ORDER.compare(zones.get(from).name, start) < 0) {
                from++;
            }
        }
        int to = Math.min(zones.size(), from + max);
        Xml xml = r.reply().open("HostedZones");
        zones.subList(from, to).forEach(z -> ZoneXml.zone(xml, z));
        xml.close().leaf("DNSName", dnsName).leaf("HostedZoneId", r.query().get("hostedzoneid"))
                .leaf("IsTruncated", to < zones.size());
        if (to < zones.size()) {
            xml.leaf("NextDNSName", DnsNames.escape(zones.get(to).name)).leaf("NextHostedZoneId", zones.get(to).id);
        }
        return ok(xml.leaf("MaxItems", max));
    }

    private ApiResponse count(Route53Request r) {
        return ok(r.reply().leaf("HostedZoneCount", r.state().zones.size()));
    }

    private ApiResponse get(Route53Request r) {
        Xml xml = r.reply();
        ZoneXml.zone(xml, r.zone(0));
        ZoneXml.delegation(xml);
        return ok(xml);
    }

    private ApiResponse create(Route53Request r) {
        Element body = RequestXml.parse(r.body(), "CreateHostedZoneRequest");
        String name = RequestXml.text(body, "Name");
        String reference = RequestXml.text(body, "CallerReference");
        if (name == null || name.isEmpty() || reference == null || reference.isEmpty()) {
            throw Route53Error.invalidInput("A hosted zone needs a Name and a CallerReference");
        }
        Element config = RequestXml.child(body, "HostedZoneConfig");
        if ("true".equals(RequestXml.text(config, "PrivateZone")) || RequestXml.child(body, "VPC") != null) {
            throw Route53Error.invalidInput("Private hosted zones are not emulated");
        }
        if (r.state().zones.values().stream().anyMatch(z -> z.callerReference.equals(reference))) {
            throw new Route53Error(409, "HostedZoneAlreadyExists", "A hosted zone has already been created with the "
                    + "specified caller reference.");
        }
        String normalized = DnsNames.normalize(name);
        if (!normalized.matches("([a-z0-9_]([a-z0-9_-]*[a-z0-9_])?\\.)+")) {
            throw new Route53Error(400, "InvalidDomainName", name + " is reserved by AWS or is not a valid domain name");
        }
        HostedZone zone = new HostedZone(r.state().route53Id("Z"), normalized, reference, RequestXml.text(config, "Comment"));
        r.state().zones.put(zone.id, zone);
        DnsChange change = RecordHandler.newChange(r, null);
        Xml xml = r.reply();
        ZoneXml.zone(xml, zone);
        ZoneXml.change(xml, change, "PENDING");
        ZoneXml.delegation(xml);
        return new ApiResponse(201, RecordHandler.XML, xml.bytes())
                .withHeader("Location", "https://route53.amazonaws.com" + BASE + "/hostedzone/" + zone.id);
    }

    private ApiResponse delete(Route53Request r) {
        HostedZone zone = r.zone(0);
        boolean onlyApex = zone.records.stream()
                .allMatch(s -> s.name().equals(zone.name) && (s.type().equals("SOA") || s.type().equals("NS")));
        if (!onlyApex) {
            throw new Route53Error(400, "HostedZoneNotEmpty", "The specified hosted zone contains non-required "
                    + "resource record sets and so cannot be deleted.");
        }
        r.state().zones.remove(zone.id);
        DnsChange change = RecordHandler.newChange(r, null);
        Xml xml = r.reply();
        ZoneXml.change(xml, change, "PENDING");
        return ok(xml);
    }

    private ApiResponse change(Route53Request r) {
        String id = r.id(0);
        DnsChange c = r.state().changes.get(id);
        if (c == null) {
            throw new Route53Error(404, "NoSuchChange", "Could not find resource with ID: " + id);
        }
        Xml xml = r.reply();
        ZoneXml.change(xml, c, r.now());
        return ok(xml);
    }

    private ApiResponse tags(Route53Request r) {
        HostedZone zone = tagged(r);
        Xml xml = r.reply().open("ResourceTagSet").leaf("ResourceType", "hostedzone").leaf("ResourceId", zone.id);
        if (zone.tags.isEmpty()) {
            xml.empty("Tags");
        } else {
            xml.open("Tags");
            zone.tags.forEach((k, v) -> xml.open("Tag").leaf("Key", k).leaf("Value", v).close());
            xml.close();
        }
        return ok(xml);
    }

    private ApiResponse changeTags(Route53Request r) {
        HostedZone zone = tagged(r);
        Element body = RequestXml.parse(r.body(), "ChangeTagsForResourceRequest");
        for (Element tag : RequestXml.children(RequestXml.child(body, "AddTags"), "Tag")) {
            String value = RequestXml.text(tag, "Value");
            zone.tags.put(RequestXml.text(tag, "Key"), value == null ? "" : value);
        }
        for (Element key : RequestXml.children(RequestXml.child(body, "RemoveTagKeys"), "Key")) {
            zone.tags.remove(key.getTextContent().trim());
        }
        return ok(r.reply());
    }

    private static HostedZone tagged(Route53Request r) {
        if (!r.id(0).equals("hostedzone")) {
            throw Route53Error.invalidInput("Only hosted zones have tags here, not " + r.id(0));
        }
        return r.zone(1);
    }

    static ApiResponse ok(Xml xml) {
        return new ApiResponse(200, RecordHandler.XML, xml.bytes());
    }
}
