package dev.cloudmaker.emulator.triton;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/** CloudAPI's JSON objects, with the fields its {@code translate} functions give. */
final class Views {
    private Views() {
    }

    static ObjectNode key(AccountKey k) {
        return Json.object().put("name", k.name()).put("fingerprint", k.fingerprint()).put("key", k.key());
    }

    static ObjectNode image(TritonImage i) {
        ObjectNode o = Json.object().put("id", i.id()).put("name", i.name()).put("version", i.version())
                .put("os", i.os()).put("type", i.type()).put("description", i.description());
        ObjectNode requirements = o.putObject("requirements");
        if (!i.brand().equals("joyent")) {
            requirements.put("brand", i.brand());
        }
        o.putArray("files").addObject().put("compression", "gzip").put("sha1", sha1Like(i.id()))
                .put("size", 1L << 28);
        o.putObject("tags").put("role", "os");
        o.put("published_at", Json.time(i.publishedAt())).put("owner", i.owner()).put("public", i.publicImage())
                .put("state", i.state());
        return o;
    }

    static ObjectNode pkg(TritonPackage p) {
        return Json.object().put("id", p.id()).put("name", p.name()).put("memory", p.memory()).put("disk", p.disk())
                .put("swap", p.swap()).put("vcpus", p.vcpus()).put("lwps", p.lwps()).put("version", p.version())
                .put("group", p.group()).put("description", p.description()).put("default", p.defaultPackage());
    }

    static ObjectNode network(TritonNetwork n, TritonState state) {
        ObjectNode o = Json.object().put("id", n.id()).put("name", n.name()).put("public", n.publicNetwork())
                .put("fabric", n.fabric()).put("description", n.description());
        if (n.fabric()) {
            o.put("subnet", n.subnet()).put("gateway", n.gateway()).put("internet_nat", true);
        }
        if (state.cnsEnabled) {
            o.putArray("suffixes").add("inst." + state.accountId + "." + cnsZone(state));
        }
        return o;
    }

    /** The account; its profile holds email, names and address as UpdateAccount set them, and its times. */
    static ObjectNode account(TritonState state) {
        ObjectNode o = Json.object().put("id", state.accountId).put("login", state.config.login());
        state.profile.forEach(o::put);
        return o.put("triton_cns_enabled", state.cnsEnabled);
    }

    /**
     * A machine; {@code withDnsNames} only on GetMachine, and only when the account has CNS on, as CloudAPI gives
     * {@code dns_names}.
     */
    static ObjectNode machine(Machine m, TritonState state, boolean withDnsNames) {
        TritonPackage p = Catalog.pkg(m.packageId).orElseThrow();
        boolean vm = m.brand.equals("bhyve") || m.brand.equals("kvm");
        ObjectNode o = Json.object().put("id", m.id).put("name", m.name)
                .put("type", vm ? "virtualmachine" : "smartmachine").put("brand", m.brand)
                .put("state", m.state.word()).put("image", m.image).put("memory", p.memory()).put("disk", p.disk())
                .put("deletion_protection", m.deletionProtection);
        ObjectNode metadata = o.putObject("metadata");
        m.metadata.forEach(metadata::set);
        ObjectNode tags = o.putObject("tags");
        m.tags.forEach(tags::set);
        o.put("created", Json.time(m.created)).put("updated", Json.time(m.updated));
        ArrayNode ips = o.putArray("ips");
        ArrayNode networks = o.putArray("networks");
        ArrayNode nics = o.putArray("nics");
        if (m.hasBooted()) {
            ips.add(m.publicIp).add(m.privateIp);
            networks.add(Catalog.PUBLIC.id()).add(Catalog.FABRIC.id());
            nics.add(nic(m.publicIp, Catalog.PUBLIC, true)).add(nic(m.privateIp, Catalog.FABRIC, false));
            o.put("primaryIp", m.publicIp);
        }
        o.put("firewall_enabled", m.firewallEnabled).put("compute_node", state.accountId.substring(0, 8)
                + "-0000-4000-8000-00000000cafe").put("package", p.name());
        if (withDnsNames && state.cnsEnabled) {
            String suffix = ".inst." + state.accountId + "." + cnsZone(state);
            ArrayNode names = o.putArray("dns_names").add(m.id + suffix).add(m.name + suffix);
            serviceNames(m, state).forEach(names::add);
        }
        return o;
    }

    static ObjectNode audit(AuditEntry e) {
        ObjectNode o = Json.object().put("action", e.action()).put("success", e.success() ? "yes" : "no")
                .put("time", Json.time(e.time()));
        ObjectNode caller = o.putObject("caller").put("type", "signature").put("ip", "127.0.0.1");
        if (e.caller() != null) {
            caller.put("keyId", e.caller());
        }
        return o;
    }

    static ObjectNode snapshot(MachineSnapshot s, Instant now) {
        Instant updated = s.readyAt().isAfter(now) ? s.created() : s.readyAt();
        return Json.object().put("name", s.name()).put("state", s.state(now)).put("created", Json.time(s.created()))
                .put("updated", Json.time(updated));
    }

    /** CNS's zone for the datacenter; under {@code example}, a name reserved for documentation. */
    /**
     * CNS's service names of a running machine tagged {@code triton.cns.services=svc[:port...][,svc2...]}:
     * {@code <svc>.svc.<account-uuid>.<zone>}; a stopped machine leaves its services, as CNS lists only running ones.
     */
    static List<String> serviceNames(Machine m, TritonState state) {
        JsonNode services = m.tags.get("triton.cns.services");
        if (services == null || !services.isTextual() || m.state != MachineState.RUNNING) {
            return List.of();
        }
        return Arrays.stream(services.asText().split(",")).map(s -> s.strip().split(":")[0]).filter(s -> !s.isEmpty())
                .map(s -> s + ".svc." + state.accountId + "." + cnsZone(state)).toList();
    }

    static String cnsZone(TritonState state) {
        return state.config.datacenter() + ".cns.example";
    }

    private static ObjectNode nic(String ip, TritonNetwork network, boolean primary) {
        String[] octets = ip.split("\\.");
        String mac = String.format("90:b8:d0:%02x:%02x:%02x", Integer.parseInt(octets[1]), Integer.parseInt(octets[2]),
                Integer.parseInt(octets[3]));
        return Json.object().put("ip", ip).put("mac", mac).put("primary", primary).put("netmask", "255.255.255.0")
                .put("gateway", ip.substring(0, ip.lastIndexOf('.')) + ".1").put("state", "running")
                .put("network", network.id());
    }

    private static String sha1Like(String id) {
        String hex = id.replace("-", "");
        return (hex + hex).substring(0, 40);
    }
}
