package dev.cloudmaker.cli.view;

import dev.cloudmaker.core.plan.Plan;
import dev.cloudmaker.core.plan.PlanAction;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Draws a plan for people: one section per provider, then one for DNS, a line per action with Terraform's
 * markers, and the summary line. The section's name stands left of its first action.
 */
public final class PlanView {
    private static final String LATER = "(known after apply)";

    private final Style style;

    public PlanView(Style style) {
        this.style = style;
    }

    public void print(Plan plan, PrintStream out) {
        for (String note : plan.notes()) {
            out.println(style.warn("note: ") + note);
        }
        if (plan.matchesDefinition()) {
            out.println("No changes. The cloud matches the definition (namespace " + plan.namespace() + ").");
            return;
        }
        if (plan.isEmpty()) {
            out.println("The cloud does not match the definition (namespace " + plan.namespace() + "), and nothing will be"
                    + " changed without --replace (see the notes above).");
            out.println(style.bold(plan.summary()));
            return;
        }
        out.println("cloudmaker will make these changes in namespace " + style.bold(plan.namespace()) + ":");
        out.println();
        Map<String, List<PlanAction>> sections = sections(plan);
        int width = sections.keySet().stream().mapToInt(String::length).max().orElse(0) + 2;
        sections.forEach((label, actions) -> {
            for (int i = 0; i < actions.size(); i++) {
                out.println("  " + String.format("%-" + width + "s", i == 0 ? label : "") + line(actions.get(i)));
            }
        });
        out.println();
        out.println(style.bold(plan.summary()));
    }

    /** Each provider's actions under its name (in the plan's order of providers), then the DNS provider's. */
    static Map<String, List<PlanAction>> sections(Plan plan) {
        Map<String, List<PlanAction>> byProvider = new LinkedHashMap<>();
        plan.providers().forEach(p -> byProvider.put(p, new ArrayList<>()));
        List<PlanAction> dns = new ArrayList<>();
        for (PlanAction a : plan.actions()) {
            String provider = switch (a) {
                case PlanAction.ReplaceServer r -> r.create().provider();
                case PlanAction.OnProvider p -> p.provider();
                default -> null;
            };
            if (provider == null) {
                dns.add(a);
            } else {
                byProvider.computeIfAbsent(provider, p -> new ArrayList<>()).add(a);
            }
        }
        Map<String, List<PlanAction>> out = new LinkedHashMap<>();
        byProvider.forEach((p, actions) -> {
            if (!actions.isEmpty()) {
                out.put(p, actions);
            }
        });
        if (!dns.isEmpty()) {
            out.put("dns: " + plan.dnsProvider(), dns);
        }
        return out;
    }

    String line(PlanAction action) {
        return switch (action) {
            case PlanAction.UploadKey k -> style.add("+ key     ") + " " + k.name() + "  (fingerprint " + k.fingerprint() + ")";
            case PlanAction.AdoptServer a -> style.change("~ import  ") + " " + a.name() + "  id " + a.serverId() + ", " + a.region()
                    + (a.address() != null ? ", " + a.address() : "") + "  (an existing server, brought into the namespace)";
            case PlanAction.CreateServer s -> style.add("+ server  ") + " " + s.name() + "  " + server(s);
            case PlanAction.ResizeServer r -> style.change("~ server  ") + " " + r.name() + (r.fromSize().equals(r.toSize())
                    ? "  power on: an interrupted resize left it off"
                    : "  size " + r.fromSize() + " → " + r.toSize() + "  (powered off for the resize)");
            case PlanAction.ReplaceServer r -> style.destroy("-/+ server") + " " + r.create().name() + "  replace: " + r.reason()
                    + "  (deletes server " + r.serverId() + " and its disk)";
            case PlanAction.DeleteServer d -> style.destroy("- server  ") + " " + d.name() + "  (id " + d.serverId() + ")";
            case PlanAction.CreateDomain d -> style.add("+ domain  ") + " " + d.domain() + "  (not in the account yet)";
            case PlanAction.CreateRecord r -> style.add("+ dns     ") + " " + pad(r.type()) + r.fqdn() + " → "
                    + (r.data() != null ? r.data() : r.server() + " " + LATER);
            case PlanAction.UpdateRecord r -> style.change("~ dns     ") + " " + pad(r.type()) + r.fqdn() + "  " + r.oldData()
                    + " → " + (r.data() != null ? r.data() : r.server() + " " + LATER);
            case PlanAction.DeleteRecord r -> style.destroy("- dns     ") + " " + pad(r.type()) + r.fqdn() + "  (" + r.data() + ")";
        };
    }

    private static String server(PlanAction.CreateServer s) {
        StringBuilder sb = new StringBuilder(s.region() + " " + s.size() + " " + s.image());
        if (s.ipv6()) {
            sb.append(", ipv6");
        }
        if (s.backups()) {
            sb.append(", backups");
        }
        if (s.monitoring()) {
            sb.append(", monitoring");
        }
        if (s.vpcUuid() != null) {
            sb.append(", vpc ").append(s.vpcUuid());
        }
        if (!s.tags().isEmpty()) {
            sb.append(", tags ").append(String.join(",", s.tags()));
        }
        if (s.userData() != null) {
            sb.append(", user-data");
        }
        return sb.toString();
    }

    private static String pad(String type) {
        return String.format("%-5s", type);
    }
}
