package dev.cloudmaker.ssh.bootstrap.platform;

import static dev.cloudmaker.ssh.bootstrap.ShellQuote.quote;

import dev.cloudmaker.core.model.role.PortSpec;
import dev.cloudmaker.ssh.bootstrap.RemoteHost;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import java.util.stream.Collectors;

/**
 * firewalld on the Red Hat family, in the public zone. Openings are kept as ports, not services, so a
 * moved SSH port needs no custom service; every service is removed but dhcpv6-client.
 */
public final class Firewalld implements Firewall {
    static final Firewalld INSTANCE = new Firewalld();
    static final String ZONE = "public";
    /** It only admits replies to the server's own DHCPv6 requests; without it a server may lose IPv6. */
    static final Set<String> KEPT_SERVICES = Set.of("dhcpv6-client");

    private Firewalld() {
    }

    @Override
    public List<String> packages() {
        return List.of("firewalld");
    }

    @Override
    public List<String> converge(RemoteHost host, SortedSet<PortSpec> open) {
        List<String> changes = new ArrayList<>();
        if (!Systemd.INSTANCE.running(host, "firewalld")) {
            Systemd.INSTANCE.start(host, "firewalld");
            changes.add("started firewalld");
        }
        String zone = host.sudoOk("firewall-cmd --get-default-zone").stdout().strip();
        if (!zone.equals(ZONE)) {
            host.sudoOk("firewall-cmd --set-default-zone=" + ZONE);
            changes.add("default zone " + ZONE + " (was " + zone + ")");
        }
        String permanent = host.sudoOk("firewall-cmd --permanent --zone=" + ZONE + " --list-all").stdout();
        String runtime = host.sudoOk("firewall-cmd --zone=" + ZONE + " --list-all").stdout();
        Set<String> wanted = open.stream().map(PortSpec::toString).collect(Collectors.toCollection(LinkedHashSet::new));

        List<String> edits = new ArrayList<>();
        Set<String> ports = field(permanent, "ports");
        for (String port : wanted) {
            if (!ports.contains(port)) {
                edits.add("--add-port=" + port);
                changes.add("allowed " + port);
            }
        }
        for (String service : field(permanent, "services")) {
            if (!KEPT_SERVICES.contains(service)) {
                edits.add("--remove-service=" + service);
                changes.add("removed service " + service);
            }
        }
        for (String port : ports) {
            if (!wanted.contains(port)) {
                edits.add("--remove-port=" + port);
                changes.add("removed " + port);
            }
        }
        for (String edit : edits) {
            host.sudoOk("firewall-cmd --permanent --zone=" + ZONE + " " + quote(edit));
        }
        // The runtime rules are what filters now; a run cut off before --reload left them behind.
        boolean runtimeDiffers = !field(runtime, "ports").equals(wanted)
                || !KEPT_SERVICES.containsAll(field(runtime, "services"));
        if (!edits.isEmpty() || runtimeDiffers) {
            host.sudoOk("firewall-cmd --reload");
            if (edits.isEmpty()) {
                changes.add("loaded the permanent rules");
            }
        }
        return changes;
    }

    /** The words after "name:" in firewall-cmd --list-all output. */
    static Set<String> field(String listAll, String name) {
        return listAll.lines().map(String::strip).filter(l -> l.startsWith(name + ":"))
                .flatMap(l -> Arrays.stream(l.substring(name.length() + 1).strip().split("\\s+")))
                .filter(w -> !w.isEmpty()).collect(Collectors.toCollection(LinkedHashSet::new));
    }
}
