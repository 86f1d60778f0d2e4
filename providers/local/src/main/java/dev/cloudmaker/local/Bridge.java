package dev.cloudmaker.local;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * cloudmaker's own bridge: the host's address is the subnet's first, machines attach through veths
 * nspawn creates. It is made on first use, refused when its subnet clashes with a network this host
 * already routes, and removed with the last machine.
 */
final class Bridge {
    private static final Duration T = Duration.ofSeconds(10);
    private static final Pattern ROUTE = Pattern.compile("^(\\d+\\.\\d+\\.\\d+\\.\\d+(?:/\\d+)?)\\s.*?\\bdev\\s+(\\S+)");

    private final String name;
    private final Subnet subnet;

    Bridge(String name, Subnet subnet) {
        this.name = name;
        this.subnet = subnet;
    }

    String name() {
        return name;
    }

    boolean exists() {
        return HostCommand.run(T, "ip", "link", "show", "dev", name).ok();
    }

    void ensure() {
        if (exists()) {
            String addrs = HostCommand.check(T, "ip", "-o", "-4", "addr", "show", "dev", name).stdout();
            if (!addrs.contains(" " + subnet.gateway() + "/" + subnet.prefix() + " ")) {
                throw new LocalHostException("the interface " + name + " exists but does not have " + subnet.gateway() + "/"
                        + subnet.prefix() + "; it is not cloudmaker's: set \"local\": {\"bridge\": \"<another name>\"} in cloud.json");
            }
            HostCommand.check(T, "ip", "link", "set", "dev", name, "up");
            return;
        }
        refuseClash();
        HostCommand.check(T, "ip", "link", "add", "name", name, "type", "bridge");
        HostCommand.check(T, "ip", "addr", "add", subnet.gateway() + "/" + subnet.prefix(), "dev", name);
        HostCommand.check(T, "ip", "link", "set", "dev", name, "up");
    }

    void remove() {
        if (exists()) {
            HostCommand.check(T, "ip", "link", "del", "dev", name);
        }
    }

    /** Before any connection: the host must send this address to our bridge, not to a gateway. */
    void checkRoutes(String address, String server) {
        String route = HostCommand.run(T, "ip", "-o", "-4", "route", "get", address).stdout().strip();
        Matcher m = Pattern.compile("\\bdev\\s+(\\S+)").matcher(route);
        if (!m.find() || !m.group(1).equals(name) || route.contains(" via ")) {
            throw new LocalHostException("refusing to connect to " + server + " at " + address + ": this host routes it "
                    + (route.isEmpty() ? "nowhere" : "as \"" + route + "\"") + ", not via cloudmaker's bridge " + name
                    + "; check `ip route get " + address + "` and the local.subnet setting");
        }
    }

    private void refuseClash() {
        String routes = HostCommand.check(T, "ip", "-o", "-4", "route", "show").stdout();
        for (String line : routes.lines().toList()) {
            Matcher m = ROUTE.matcher(line.strip());
            if (!m.find() || m.group(2).equals(name)) {
                continue;
            }
            if (subnet.overlaps(m.group(1))) {
                throw new LocalHostException("the local subnet " + subnet + " clashes with this host's route \"" + line.strip()
                        + "\"; choose another with \"local\": {\"subnet\": \"10.214.0.0/24\"} in cloud.json");
            }
        }
    }
}
