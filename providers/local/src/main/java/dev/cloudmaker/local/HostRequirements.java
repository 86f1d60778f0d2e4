package dev.cloudmaker.local;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * What this host needs to run local machines, checked on first use. As root on Debian or Ubuntu the
 * missing packages are installed with a one-line notice; anywhere else the error says what to install.
 */
final class HostRequirements {
    /** Program → the Debian package that has it. */
    private static final Map<String, String> PROGRAMS = new LinkedHashMap<>();

    static {
        PROGRAMS.put("systemd-nspawn", "systemd-container");
        PROGRAMS.put("mmdebstrap", "mmdebstrap");
        PROGRAMS.put("apt-cacher-ng", "apt-cacher-ng");
        PROGRAMS.put("ip", "iproute2");
    }

    private HostRequirements() {
    }

    /** {@code nat}: the machines' way out is wanted, which takes nftables too. */
    static void ensure(Consumer<String> notices, boolean nat) {
        if (!"Linux".equals(System.getProperty("os.name"))) {
            throw new LocalHostException("local machines run on Linux only (systemd-nspawn); this host runs "
                    + System.getProperty("os.name"));
        }
        if (!isRoot()) {
            throw new LocalHostException("local machines need root (systemd-nspawn, bridges and mounts):"
                    + " run cloudmaker as root, e.g. with sudo");
        }
        Map<String, String> programs = new LinkedHashMap<>(PROGRAMS);
        if (nat) {
            programs.put("nft", "nftables");
        }
        List<String> missing = new ArrayList<>();
        programs.forEach((program, pkg) -> {
            if (!HostCommand.available(program) && !missing.contains(pkg)) {
                missing.add(pkg);
            }
        });
        if (missing.isEmpty()) {
            return;
        }
        if (!HostCommand.available("apt-get")) {
            throw new LocalHostException("local machines need these packages on this host: " + String.join(", ", missing)
                    + "; install them with your package manager and run again");
        }
        notices.accept("installing " + String.join(" ", missing) + " on this host for local machines (once)");
        List<String> argv = new ArrayList<>(List.of("env", "DEBIAN_FRONTEND=noninteractive", "apt-get", "install", "-y", "-q", "--no-install-recommends"));
        argv.addAll(missing);
        HostCommand.Result r = HostCommand.run(Duration.ofMinutes(10), argv);
        if (!r.ok()) {
            // a fresh host may have no package lists yet
            HostCommand.run(Duration.ofMinutes(10), "apt-get", "update", "-q");
            r = HostCommand.run(Duration.ofMinutes(10), argv);
        }
        if (!r.ok()) {
            throw new LocalHostException("could not install " + String.join(" ", missing) + " (apt-get exit " + r.exitCode()
                    + "); run `apt-get install " + String.join(" ", missing) + "` yourself and try again");
        }
    }

    static boolean isRoot() {
        try {
            return Files.readAllLines(Path.of("/proc/self/status")).stream()
                    .filter(l -> l.startsWith("Uid:"))
                    .anyMatch(l -> l.split("\\s+")[2].equals("0"));
        } catch (java.io.IOException e) {
            return false;
        }
    }
}
