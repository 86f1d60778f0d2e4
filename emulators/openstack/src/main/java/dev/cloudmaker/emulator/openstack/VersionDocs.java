package dev.cloudmaker.emulator.openstack;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cloudmaker.emulator.kit.http.ApiResponse;
import dev.cloudmaker.emulator.kit.http.PathRouter;

/**
 * The version documents keystoneauth's discovery reads before it calls a service: Keystone's root lists v3 only (a
 * root that also listed v2.0 would be chosen by clients without a domain), Nova's root and {@code /v2.1} carry the
 * microversion range, Glance's root answers 300 as Glance does, Neutron's and Designate's roots list their one API.
 */
final class VersionDocs {

    void register(PathRouter<OsEndpoint> router) {
        String v = OpenStackWire.VERSIONS;
        router.add("GET", "/identity", v, r -> ApiResponse.json(300, identityRoot(r.baseUrl())))
                .add("GET", "/identity/v3", v, r -> ApiResponse.json(200, Json.object().set("version", identity(r.baseUrl()))))
                .add("GET", "/compute", v, r -> ApiResponse.json(200, computeRoot(r.baseUrl())))
                .add("GET", "/compute/v2.1", v, r -> ApiResponse.json(200, Json.object().set("version", nova21(r.baseUrl()))))
                .add("GET", "/image", v, r -> ApiResponse.json(300, glance(r.baseUrl())))
                .add("GET", "/image/versions", v, r -> ApiResponse.json(200, glance(r.baseUrl())))
                .add("GET", "/networking", v, r -> ApiResponse.json(200, neutron(r.baseUrl())))
                .add("GET", "/networking/v2.0", v, r -> ApiResponse.json(200, neutronResources(r.baseUrl())))
                .add("GET", "/dns", v, r -> ApiResponse.json(200, designate(r.baseUrl())));
    }

    private static ObjectNode identity(String base) {
        ObjectNode v = Json.object().put("id", "v3.14").put("status", "stable").put("updated", "2020-04-07T00:00:00Z");
        v.putArray("links").addObject().put("rel", "self").put("href", base + "/identity/v3/");
        v.putArray("media-types").addObject().put("base", "application/json")
                .put("type", "application/vnd.openstack.identity-v3+json");
        return v;
    }

    private static ObjectNode identityRoot(String base) {
        ObjectNode doc = Json.object();
        doc.putObject("versions").putArray("values").add(identity(base));
        return doc;
    }

    private static ObjectNode nova21(String base) {
        ObjectNode v = Json.object().put("id", "v2.1").put("status", "CURRENT").put("version", Microversion.MAX.toString())
                .put("min_version", Microversion.MIN.toString()).put("updated", "2013-07-23T11:33:21Z");
        ArrayNode links = v.putArray("links");
        links.addObject().put("rel", "self").put("href", base + "/compute/v2.1/");
        links.addObject().put("rel", "describedby").put("type", "text/html").put("href", "https://docs.openstack.org/");
        v.putArray("media-types").addObject().put("base", "application/json")
                .put("type", "application/vnd.openstack.compute+json;version=2.1");
        return v;
    }

    private static ObjectNode computeRoot(String base) {
        ObjectNode doc = Json.object();
        ArrayNode versions = doc.putArray("versions");
        ObjectNode v20 = versions.addObject().put("id", "v2.0").put("status", "DEPRECATED").put("version", "")
                .put("min_version", "").put("updated", "2011-01-21T11:33:21Z");
        v20.putArray("links").addObject().put("rel", "self").put("href", base + "/compute/v2/");
        versions.add(nova21(base));
        return doc;
    }

    private static ObjectNode glance(String base) {
        ObjectNode doc = Json.object();
        ArrayNode versions = doc.putArray("versions");
        for (String id : new String[] {"v2.9", "v2.8", "v2.7", "v2.6", "v2.5", "v2.4", "v2.3", "v2.2", "v2.1", "v2.0"}) {
            ObjectNode v = versions.addObject().put("id", id).put("status", id.equals("v2.9") ? "CURRENT" : "SUPPORTED");
            v.putArray("links").addObject().put("rel", "self").put("href", base + "/image/v2/");
        }
        return doc;
    }

    private static ObjectNode neutron(String base) {
        ObjectNode doc = Json.object();
        ObjectNode v = doc.putArray("versions").addObject().put("id", "v2.0").put("status", "CURRENT");
        v.putArray("links").addObject().put("rel", "self").put("href", base + "/networking/v2.0/");
        return doc;
    }

    private static ObjectNode neutronResources(String base) {
        ObjectNode doc = Json.object();
        ArrayNode resources = doc.putArray("resources");
        for (String[] r : new String[][] {{"network", "networks"}, {"subnet", "subnets"}, {"port", "ports"},
                {"floatingip", "floatingips"}, {"security_group", "security-groups"},
                {"security_group_rule", "security-group-rules"}}) {
            ObjectNode item = resources.addObject().put("name", r[0]).put("collection", r[1]);
            item.putArray("links").addObject().put("rel", "self").put("href", base + "/networking/v2.0/" + r[1]);
        }
        return doc;
    }

    private static ObjectNode designate(String base) {
        ObjectNode doc = Json.object();
        ArrayNode versions = doc.putArray("versions");
        for (String[] v : new String[][] {{"v2.1", "CURRENT"}, {"v2.0", "SUPPORTED"}}) {
            ObjectNode item = versions.addObject().put("id", v[0]).put("status", v[1]).put("updated", "2022-06-29T00:00:00Z");
            item.putArray("links").addObject().put("rel", "self").put("href", base + "/dns/v2");
        }
        return doc;
    }
}
