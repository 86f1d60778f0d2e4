package dev.cloudmaker.ssh.bootstrap.platform;

import static dev.cloudmaker.ssh.bootstrap.ShellQuote.quote;

import dev.cloudmaker.core.model.role.PortSpec;
import dev.cloudmaker.ssh.bootstrap.RemoteHost;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import java.util.stream.Collectors;

/** ufw on Debian, Ubuntu and Arch. */
public final class Ufw implements Firewall {
    static final Ufw INSTANCE = new Ufw();
    /** Where ufw keeps its default policies; {@code ufw default deny incoming} writes DROP there. */
    public static final String DEFAULTS = "/etc/default/ufw";

    private Ufw() {
    }

    @Override
    public List<String> packages() {
        return List.of("ufw");
    }

    @Override
    public List<String> converge(RemoteHost host, SortedSet<PortSpec> open) {
        List<String> changes = new ArrayList<>();
        // "status verbose" shows whether ufw runs and its default policies (only while it runs);
        // "show added" lists the rules as commands, also while it is off.
        String status = host.sudoOk("ufw status verbose").stdout();
        Set<String> rules = host.sudoOk("ufw show added").stdout().lines().map(String::strip)
                .filter(l -> l.startsWith("ufw ")).map(l -> l.substring(4))
                .collect(Collectors.toCollection(LinkedHashSet::new));
        boolean active = status.contains("Status: active");
        // ufw shows its default policies only while it runs; while it is off, its defaults file says them
        boolean defaultsWanted = active ? status.contains("deny (incoming)") && status.contains("allow (outgoing)")
                : defaultsWanted(host.sudo("cat " + DEFAULTS).stdout());
        if (!defaultsWanted) {
            host.sudoOk("ufw default deny incoming");
            host.sudoOk("ufw default allow outgoing");
            changes.add("default deny incoming, allow outgoing");
        }
        Set<String> wanted = new LinkedHashSet<>();
        for (PortSpec port : open) {
            wanted.add("allow " + port);
            if (!rules.contains("allow " + port)) {
                host.sudoOk("ufw allow " + quote(port.toString()));
                changes.add("allowed " + port);
            }
        }
        // Removals come after additions, so the SSH port is never closed in between. A rule ufw
        // printed is given back to it as printed: it came from root's own firewall configuration.
        for (String rule : rules) {
            if (!wanted.contains(rule)) {
                host.sudoOk("ufw delete " + rule);
                changes.add("removed rule '" + rule + "'");
            }
        }
        if (!active) {
            host.sudoOk("ufw --force enable");
            changes.add("enabled ufw");
        }
        // Arch does not enable the unit that loads the rules at boot; Debian does on install.
        if (!Systemd.INSTANCE.running(host, "ufw")) {
            Systemd.INSTANCE.start(host, "ufw");
            changes.add("enabled ufw at boot");
        }
        return changes;
    }

    /** Whether the defaults file denies incoming and allows outgoing traffic (Debian's and Arch's defaults). */
    static boolean defaultsWanted(String defaultsFile) {
        List<String> lines = defaultsFile.lines().map(String::strip).toList();
        return lines.contains("DEFAULT_INPUT_POLICY=\"DROP\"") && lines.contains("DEFAULT_OUTPUT_POLICY=\"ACCEPT\"");
    }
}
