package dev.cloudmaker.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * Waits for a process while sampling the resident memory of it and all its descendants (VmRSS from
 * /proc, summed), every 50 ms; the peak is the largest sum seen. For tools that fork workers, such as
 * ansible-playbook, this is what the run occupied at its busiest; a short-lived child between two
 * samples can be missed.
 */
final class ProcessTreeMemory {
    private ProcessTreeMemory() {
    }

    /** Waits for {@code p} to exit; returns the peak summed RSS in KiB. */
    static long waitForPeakKb(Process p) throws InterruptedException {
        long peak = 0;
        while (!p.waitFor(50, TimeUnit.MILLISECONDS)) {
            long sum = rssKb(p.pid()) + p.descendants().mapToLong(h -> rssKb(h.pid())).sum();
            peak = Math.max(peak, sum);
        }
        return peak;
    }

    private static long rssKb(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("\\D", ""));
                }
            }
        } catch (IOException | RuntimeException e) {
            // the process exited between listing and reading
        }
        return 0;
    }
}
