package dev.cloudmaker.cli.view;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cloudmaker.core.http.Json;
import dev.cloudmaker.core.plan.Plan;
import dev.cloudmaker.core.plan.PlanCodec;
import dev.cloudmaker.core.spi.CloudServer;
import dev.cloudmaker.ssh.bootstrap.BootstrapReport;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/** The parts of the documents of commands that change servers: the plan applied, the servers after, the bootstrap. */
public final class RunDocuments {
    private RunDocuments() {
    }

    /** {@code {"outcome": "applied"|"unchanged", "plan": {...}}}: unchanged when the plan had nothing to do. */
    public static ObjectNode applied(Plan plan, String appliedOutcome) {
        ObjectNode doc = Json.object().put("outcome", plan.isEmpty() ? "unchanged" : appliedOutcome);
        doc.set("plan", PlanCodec.toJson(plan));
        return doc;
    }

    /** The servers as {@code list} shows them, with roles and without prices. */
    public static ArrayNode servers(Collection<CloudServer> servers, Map<String, String> roles) {
        ArrayNode out = Json.MAPPER.createArrayNode();
        Instant now = Instant.now();
        servers.forEach(s -> out.add(new ServerFacts(s, roles.get(s.name()), null).toJson(now)));
        return out;
    }

    /** One entry per server bootstrapped: {@code outcome} changed or unchanged, and how many steps changed. */
    public static ArrayNode bootstrap(List<BootstrapReport> reports) {
        ArrayNode out = Json.MAPPER.createArrayNode();
        reports.forEach(r -> out.addObject().put("server", r.server()).put("outcome", r.changedCount() == 0 ? "unchanged" : "changed")
                .put("changed_steps", r.changedCount()).put("distro", r.distro().prettyName())
                .put("seconds", r.took().toMillis() / 1000.0));
        return out;
    }
}
