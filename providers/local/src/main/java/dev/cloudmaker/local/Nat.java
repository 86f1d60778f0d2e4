package dev.cloudmaker.local;

import dev.cloudmaker.core.io.AtomicFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * The optional way out for machines ({@code "local": {"nat": true}}): an nftables table of cloudmaker's
 * own per bridge that masquerades the subnet's traffic leaving by any other interface, and IPv4
 * forwarding on. Forwarding is a host-wide switch, so its value before cloudmaker turned it on is
 * kept in {@code nat/ip_forward.before} and put back when the last of cloudmaker's NAT tables goes.
 * A host firewall that drops forwarded traffic in its own table still wins; that is the host's call.
 */
final class Nat {
    private static final Duration T = Duration.ofSeconds(10);
    private static final Path IP_FORWARD = Path.of("/proc/sys/net/ipv4/ip_forward");
    private static final String TABLE_PREFIX = "cloudmaker_";

    private final String bridge;
    private final Subnet subnet;
    private final Path state;

    Nat(String bridge, Subnet subnet, Path home) {
        this.bridge = bridge;
        this.subnet = subnet;
        this.state = home.resolve("nat");
    }

    /** The nftables table of this bridge; nft names take no '-'. */
    String table() {
        return TABLE_PREFIX + bridge.replace('-', '_');
    }

    /** The ruleset, replacing any earlier version of the table in one transaction. */
    String ruleset() {
        return "table ip " + table() + " {}\n"
                + "delete table ip " + table() + "\n"
                + "table ip " + table() + " {\n"
                + "  chain postrouting {\n"
                + "    type nat hook postrouting priority srcnat; policy accept;\n"
                + "    ip saddr " + subnet + " oifname != \"" + bridge + "\" masquerade\n"
                + "  }\n"
                + "  chain forward {\n"
                + "    type filter hook forward priority filter; policy accept;\n"
                + "    iifname \"" + bridge + "\" accept\n"
                + "    oifname \"" + bridge + "\" ct state established,related accept\n"
                + "  }\n"
                + "}\n";
    }

    void enable() {
        try {
            Files.createDirectories(state);
            Path before = state.resolve("ip_forward.before");
            if (!Files.exists(before)) {
                AtomicFiles.writeString(before, Files.readString(IP_FORWARD).strip() + "\n");
            }
            Files.writeString(IP_FORWARD, "1\n");
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new LocalHostException("could not turn on IPv4 forwarding for local.nat: " + e.getMessage(), e);
        }
        HostCommand.check(T, "nft", "-f", writeRuleset().toString());
    }

    /** Removes this bridge's table; the last table out restores forwarding as it was. */
    void disable() {
        if (!HostCommand.available("nft")) {
            return;
        }
        if (HostCommand.run(T, "nft", "list", "table", "ip", table()).ok()) {
            HostCommand.check(T, "nft", "delete", "table", "ip", table());
        }
        Path before = state.resolve("ip_forward.before");
        if (Files.exists(before) && !HostCommand.check(T, "nft", "list", "tables").stdout().contains(" " + TABLE_PREFIX)) {
            try {
                Files.writeString(IP_FORWARD, Files.readString(before).strip() + "\n");
                Files.delete(before);
            } catch (IOException e) {
                throw new LocalHostException("could not restore IPv4 forwarding from " + before + ": " + e.getMessage(), e);
            }
        }
    }

    private Path writeRuleset() {
        try {
            Path file = state.resolve(table() + ".nft");
            AtomicFiles.writeString(file, ruleset());
            return file;
        } catch (java.io.UncheckedIOException e) {
            throw new LocalHostException("could not write the NAT rules to " + state + ": " + e.getMessage(), e);
        }
    }
}
