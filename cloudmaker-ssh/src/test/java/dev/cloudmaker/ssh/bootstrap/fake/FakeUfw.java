package dev.cloudmaker.ssh.bootstrap.fake;

import dev.cloudmaker.ssh.CommandResult;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** ufw as its command line shows it: on or off, default policies, and user rules kept in order. */
public final class FakeUfw {
    public boolean active;
    public String incoming = "deny";
    public String outgoing = "allow";
    public final Set<String> rules = new LinkedHashSet<>();

    /** {@code /etc/default/ufw}'s policy lines, as {@code ufw default ...} writes them. */
    String defaultsFile() {
        return "# /etc/default/ufw\nIPV6=yes\nDEFAULT_INPUT_POLICY=\"" + (incoming.equals("deny") ? "DROP" : "ACCEPT") + "\"\n"
                + "DEFAULT_OUTPUT_POLICY=\"" + (outgoing.equals("allow") ? "ACCEPT" : "DROP") + "\"\n";
    }

    CommandResult handle(List<String> w) {
        String args = String.join(" ", w.subList(1, w.size()));
        switch (args) {
            case "status verbose" -> {
                if (!active) {
                    return FakeServer.ok("Status: inactive\n");
                }
                StringBuilder out = new StringBuilder("Status: active\nLogging: on (low)\nDefault: " + incoming
                        + " (incoming), " + outgoing + " (outgoing), disabled (routed)\nNew profiles: skip\n\n"
                        + "To                         Action      From\n--                         ------      ----\n");
                for (String r : rules) {
                    String[] p = r.split(" ");
                    out.append(String.format("%-26s %-11s Anywhere%n", p[1], p[0].toUpperCase() + " IN"));
                }
                return FakeServer.ok(out.toString());
            }
            case "show added" -> {
                StringBuilder out = new StringBuilder("Added user rules (see 'ufw status' for running firewall):\n");
                if (rules.isEmpty()) {
                    out.append("(None)\n");
                }
                rules.forEach(r -> out.append("ufw ").append(r).append('\n'));
                return FakeServer.ok(out.toString());
            }
            case "default deny incoming" -> incoming = "deny";
            case "default allow outgoing" -> outgoing = "allow";
            case "--force enable" -> {
                active = true;
                return FakeServer.ok("Firewall is active and enabled on system startup\n");
            }
            default -> {
                if (w.size() == 3 && w.get(1).equals("allow")) {
                    rules.add("allow " + w.get(2));
                } else if (w.size() == 4 && w.get(1).equals("delete") && rules.remove(w.get(2) + " " + w.get(3))) {
                    return FakeServer.ok("Rule deleted\n");
                } else {
                    return FakeServer.fail(1, "ERROR: Could not find a profile matching '" + args + "'\n");
                }
            }
        }
        return FakeServer.ok("");
    }
}
