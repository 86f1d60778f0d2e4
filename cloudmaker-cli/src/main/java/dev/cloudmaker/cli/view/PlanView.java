package dev.cloudmaker.cli.view;

import dev.cloudmaker.core.plan.Plan;
import dev.cloudmaker.core.plan.PlanAction;
import java.io.PrintStream;

/** Draws a plan for people: one line per action, Terraform's markers and summary line. */
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
        if (plan.isEmpty()) {
            out.println("No changes. The cloud matches the definition (namespace " + plan.namespace() + ").");
            return;
        }
        out.println("cloudmaker will make these changes in namespace " + style.bold(plan.namespace())
                + " (" + plan.provider() + "):");
        out.println();
        for (PlanAction action : plan.actions()) {
            out.println("  " + line(action));
        }
        out.println();
        out.println(style.bold(plan.summary()));
    }

    String line(PlanAction action) {
        return switch (action) {
            case PlanAction.UploadKey k -> style.add("+ key     ") + " " + k.name() + "  (fingerprint " + k.fingerprint() + ")";
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
