package dev.cloudmaker.ssh.bootstrap.platform;

import dev.cloudmaker.core.model.role.PortSpec;
import dev.cloudmaker.ssh.bootstrap.ConfigChange;
import dev.cloudmaker.ssh.bootstrap.RemoteFiles;
import dev.cloudmaker.ssh.bootstrap.RemoteHost;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedSet;
import java.util.stream.Collectors;

/** pf on FreeBSD: the bootstrap owns /etc/pf.conf and writes it whole. */
public final class Pf implements Firewall {
    static final Pf INSTANCE = new Pf();
    public static final String CONF = "/etc/pf.conf";

    private Pf() {
    }

    @Override
    public List<String> packages() {
        return List.of();
    }

    @Override
    public List<String> converge(RemoteHost host, SortedSet<PortSpec> open) {
        List<String> changes = new ArrayList<>();
        boolean running = RcServices.INSTANCE.running(host, "pf");
        boolean changed = ConfigChange.apply(host, "pf", CONF, RemoteFiles.utf8(rules(open)), "0644", "root",
                tmp -> "pfctl -nf " + tmp, () -> {
                    if (running) {
                        host.sudoOk("pfctl -f " + CONF);
                    } else {
                        RcServices.INSTANCE.start(host, "pf");
                    }
                });
        if (changed) {
            changes.add(running ? "reloaded " + CONF : "wrote " + CONF + " and enabled pf");
        } else if (!running) {
            RcServices.INSTANCE.start(host, "pf");
            changes.add("enabled pf");
        }
        return changes;
    }

    static String rules(SortedSet<PortSpec> open) {
        StringBuilder pf = new StringBuilder("""
                # Managed by cloudmaker: incoming traffic is dropped but for SSH and the role's ports.
                set skip on lo0
                block in all
                pass out all keep state
                pass in inet proto icmp icmp-type { echoreq, unreach }
                # IPv6 needs neighbour discovery.
                pass in inet6 proto icmp6
                # fail2ban's pf action puts its bans here.
                anchor "f2b/*"
                """);
        for (String protocol : List.of("tcp", "udp")) {
            String ports = open.stream().filter(p -> p.protocol().equals(protocol))
                    .map(p -> Integer.toString(p.port())).collect(Collectors.joining(" "));
            if (!ports.isEmpty()) {
                // "flags any" lets the SSH session already open when pf starts keep flowing.
                pf.append("pass in proto ").append(protocol).append(" to port { ").append(ports).append(" }")
                        .append(protocol.equals("tcp") ? " flags any" : "").append(" keep state\n");
            }
        }
        return pf.toString();
    }
}
