package dev.cloudmaker.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.ToLongFunction;

/**
 * Runs the real cloudmaker jar as a separate process, as a user would, and measures its wall time
 * and peak resident memory (VmHWM from /proc, sampled until the process exits).
 */
final class CliProcess {
    private final Path jar;
    private final Path java;

    CliProcess(Path jar) {
        this.jar = jar;
        this.java = Path.of(System.getProperty("java.home"), "bin", "java");
    }

    /** {@code finished} is false when the run was stopped at its time limit; {@code wall} is then the limit. */
    record Result(int exitCode, Duration wall, long peakRssKb, String output, boolean finished) {
    }

    Result run(Path dir, String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(java.toString(), "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                "-jar", jar.toString(), "-C", dir.toString()));
        cmd.addAll(List.of(args));
        return measure(new ProcessBuilder(cmd));
    }

    /** Runs {@code command} (stdout and stderr together) and measures it as {@link #run} does. */
    static Result measure(ProcessBuilder command) throws IOException, InterruptedException {
        return measure(command, p -> peakRssKb(p.pid()), null);
    }

    /**
     * Runs {@code command} as {@link #measure} does, its memory being the peak of the summed resident memory
     * of the process and its descendants (a tool that forks workers and ssh clients); pages they share count
     * once per process, so this is an upper bound.
     */
    static Result measureTree(ProcessBuilder command) throws IOException, InterruptedException {
        return measure(command, CliProcess::treeRssKb, null);
    }

    /**
     * As {@link #measureTree(ProcessBuilder)}, but a run still going after {@code limit} is stopped, it and
     * every process it started, and reported as not finished.
     */
    static Result measureTree(ProcessBuilder command, Duration limit) throws IOException, InterruptedException {
        return measure(command, CliProcess::treeRssKb, limit);
    }

    private static Result measure(ProcessBuilder command, ToLongFunction<Process> memoryKb, Duration limit)
            throws IOException, InterruptedException {
        Path log = Files.createTempFile("cloudmaker-bench", ".log");
        long started = System.nanoTime();
        Process p = command.redirectErrorStream(true).redirectOutput(log.toFile()).start();
        long peak = 0;
        boolean finished = true;
        while (!p.waitFor(20, TimeUnit.MILLISECONDS)) {
            peak = Math.max(peak, memoryKb.applyAsLong(p));
            if (limit != null && System.nanoTime() - started > limit.toNanos()) {
                finished = false;
                p.descendants().forEach(ProcessHandle::destroyForcibly);
                p.destroyForcibly();
                p.waitFor();
            }
        }
        Duration wall = finished ? Duration.ofNanos(System.nanoTime() - started) : limit;
        String output = Files.readString(log);
        Files.delete(log);
        return new Result(p.exitValue(), wall, peak, output, finished);
    }

    private static long peakRssKb(long pid) {
        return statusKb(pid, "VmHWM:");
    }

    private static long treeRssKb(Process p) {
        return statusKb(p.pid(), "VmRSS:") + p.descendants().mapToLong(d -> statusKb(d.pid(), "VmRSS:")).sum();
    }

    /** A memory figure from /proc/PID/status, in kB; 0 once the process has gone. */
    private static long statusKb(long pid, String field) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
                if (line.startsWith(field)) {
                    return Long.parseLong(line.replaceAll("\\D", ""));
                }
            }
        } catch (IOException | RuntimeException e) {
            // the process may have exited between two samples
        }
        return 0;
    }
}
