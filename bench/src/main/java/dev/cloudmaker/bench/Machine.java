package dev.cloudmaker.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** One line saying what the figures were measured on. */
final class Machine {
    private Machine() {
    }

    static String describe() {
        String cpu = "unknown CPU";
        try {
            cpu = Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                    .findFirst().map(l -> l.substring(l.indexOf(':') + 1).trim()).orElse(cpu);
        } catch (IOException ignored) {
            // not Linux: say so by leaving the default
        }
        long memory = ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getTotalMemorySize();
        return "machine: " + Runtime.getRuntime().availableProcessors() + " cores, " + cpu + ", "
                + memory / (1L << 30) + " GiB, Java " + Runtime.version() + ", " + System.getProperty("os.name")
                + " " + System.getProperty("os.version");
    }
}
