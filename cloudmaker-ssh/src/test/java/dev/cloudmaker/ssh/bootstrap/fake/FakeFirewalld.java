package dev.cloudmaker.ssh.bootstrap.fake;

import dev.cloudmaker.ssh.CommandResult;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** firewalld's public zone, permanent and runtime, as firewall-cmd shows and edits them. */
public final class FakeFirewalld {
    public String defaultZone = "public";
    public final Set<String> services = new LinkedHashSet<>(List.of("cockpit", "dhcpv6-client", "ssh"));
    public final Set<String> ports = new LinkedHashSet<>();
    public final Set<String> runtimeServices = new LinkedHashSet<>(services);
    public final Set<String> runtimePorts = new LinkedHashSet<>();

    void started() {
        reload();
    }

    private void reload() {
        runtimeServices.clear();
        runtimeServices.addAll(services);
        runtimePorts.clear();
        runtimePorts.addAll(ports);
    }

    CommandResult handle(List<String> w, boolean running) {
        if (!running) {
            return FakeServer.fail(252, "FirewallD is not running\n");
        }
        String args = String.join(" ", w.subList(1, w.size()));
        switch (args) {
            case "--get-default-zone" -> {
                return FakeServer.ok(defaultZone + "\n");
            }
            case "--set-default-zone=public" -> defaultZone = "public";
            case "--permanent --zone=public --list-all" -> {
                return FakeServer.ok(listAll(services, ports));
            }
            case "--zone=public --list-all" -> {
                return FakeServer.ok(listAll(runtimeServices, runtimePorts));
            }
            case "--reload" -> reload();
            default -> {
                String prefix = "--permanent --zone=public --";
                if (!args.startsWith(prefix) || !args.contains("=")) {
                    throw new AssertionError("unexpected firewall-cmd " + args);
                }
                String edit = args.substring(prefix.length());
                String value = edit.substring(edit.indexOf('=') + 1);
                boolean changed = switch (edit.substring(0, edit.indexOf('='))) {
                    case "add-port" -> ports.add(value);
                    case "remove-port" -> ports.remove(value);
                    case "remove-service" -> services.remove(value);
                    default -> throw new AssertionError("unexpected firewall-cmd " + args);
                };
                return FakeServer.ok(changed ? "success\n" : "Warning: ALREADY_ENABLED\nsuccess\n");
            }
        }
        return FakeServer.ok("success\n");
    }

    private static String listAll(Set<String> services, Set<String> ports) {
        return "public (active)\n  target: default\n  icmp-block-inversion: no\n  interfaces: eth0\n  sources: \n"
                + "  services: " + String.join(" ", services) + "\n  ports: " + String.join(" ", ports)
                + "\n  protocols: \n  forward: yes\n  masquerade: no\n  forward-ports: \n  rich rules: \n";
    }
}
