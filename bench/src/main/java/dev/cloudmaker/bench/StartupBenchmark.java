package dev.cloudmaker.bench;

import dev.cloudmaker.core.time.Waiter;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Start-up as a user meets it: {@code cloudmaker --version} and {@code cloudmaker validate} (of a copy of
 * examples/local) through the launcher {@code bin/cloudmaker}, JDK found and jar checked included, with the
 * launcher's start-up cache switched off ({@code plain}) and on ({@code aot} on JDK 25+, {@code appcds} before).
 * Wall time and peak RSS of the JVM (the launcher execs it), median of at least ten runs each; the two
 * launchers take turns so load on the host falls on both alike. Uses the JDK running this class.
 *
 * <p>Usage: {@code StartupBenchmark JAR [REPEATS] [RESULTS_DIR]}; writes {@code startup.csv}.
 */
public final class StartupBenchmark {
    private static final int MIN_RUNS = 10;

    private StartupBenchmark() {
    }

    private record Command(String name, List<String> args) {
    }

    public static void main(String[] args) throws Exception {
        Path jar = Path.of(args[0]).toAbsolutePath();
        int runs = Math.max(MIN_RUNS, args.length > 1 ? Integer.parseInt(args[1]) : MIN_RUNS);
        Path results = Path.of(args.length > 2 ? args[2] : "bench/results");
        Files.createDirectories(results);
        String machine = Machine.describe();
        System.out.println(machine);
        Files.writeString(results.resolve("machine.txt"), machine + "\n");

        Path root = jar.getParent().getParent().getParent();
        Path launcher = root.resolve("bin/cloudmaker");
        Path work = Files.createTempDirectory("cloudmaker-bench-startup");
        Files.copy(root.resolve("examples/local/cloud.json"), work.resolve("cloud.json"));
        List<Command> commands = List.of(new Command("--version", List.of("--version")),
                new Command("validate", List.of("-C", work.toString(), "validate")));

        String cached = ensureCache(launcher, jar);
        List<String> launchers = List.of("plain", cached);
        double[][][] walls = new double[commands.size()][2][runs];
        double[][][] rss = new double[commands.size()][2][runs];
        for (Command c : commands) { // the first validate makes the folder's key: not a start-up cost
            run(launcher, false, c.args());
        }
        for (int r = 0; r < runs; r++) {
            for (int c = 0; c < commands.size(); c++) {
                for (int l = 0; l < 2; l++) {
                    CliProcess.Result result = run(launcher, l == 1, commands.get(c).args());
                    walls[c][l][r] = result.wall().toNanos() / 1e9;
                    rss[c][l][r] = result.peakRssKb() / 1024.0;
                }
            }
        }
        List<String> csv = new ArrayList<>(List.of("command,launcher,wall_s,peak_rss_mb"));
        for (int c = 0; c < commands.size(); c++) {
            double[] wall = new double[2];
            for (int l = 0; l < 2; l++) {
                wall[l] = LocalMachineRuns.median(walls[c][l]);
                double mb = LocalMachineRuns.median(rss[c][l]);
                csv.add(String.format(Locale.ROOT, "%s,%s,%.2f,%.0f", commands.get(c).name(), launchers.get(l), wall[l], mb));
                System.out.printf(Locale.ROOT, "cloudmaker %-9s launcher %-6s: median %.2f s, peak RSS %.0f MB over %d runs%n",
                        commands.get(c).name(), launchers.get(l), wall[l], mb, runs);
            }
            System.out.printf(Locale.ROOT, "cloudmaker %s: %s takes %.2fx the time of plain%n", commands.get(c).name(),
                    cached, wall[1] / wall[0]);
        }
        Files.write(results.resolve("startup.csv"), csv);
        LocalMachineRuns.removeWorkspace(work);
    }

    /**
     * Runs the launcher once with its cache on, then waits for the cache it makes in the background;
     * returns the launcher's name for the CSV: {@code aot} or {@code appcds}.
     */
    private static String ensureCache(Path launcher, Path jar) throws Exception {
        LocalMachineRuns.check(run(launcher, true, List.of("--version")));
        Path cache = Waiter.waitingFor("the launcher's start-up cache beside " + jar, Duration.ofMinutes(3))
                .polling(Duration.ofMillis(200), Duration.ofSeconds(1))
                .until(() -> currentCache(jar), Optional::isPresent, c -> "not made yet").orElseThrow();
        return cache.getFileName().toString().endsWith(".aot") ? "aot" : "appcds";
    }

    /** The cache the launcher uses: newer than the jar, and no maker still at work. */
    private static Optional<Path> currentCache(Path jar) {
        try (Stream<Path> files = Files.list(jar.getParent())) {
            List<Path> all = files.filter(f -> f.getFileName().toString().startsWith("cloudmaker-jdk")).toList();
            if (all.stream().anyMatch(f -> f.toString().endsWith(".making"))) {
                return Optional.empty();
            }
            long jarTime = Files.getLastModifiedTime(jar).toMillis();
            return all.stream().filter(f -> f.toString().endsWith(".aot") || f.toString().endsWith(".jsa"))
                    .filter(f -> lastModified(f) > jarTime).findFirst();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static long lastModified(Path file) {
        try {
            return Files.getLastModifiedTime(file).toMillis();
        } catch (IOException e) {
            return 0; // replaced meanwhile
        }
    }

    private static CliProcess.Result run(Path launcher, boolean cache, List<String> args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(launcher.toString()));
        cmd.addAll(args);
        ProcessBuilder pb = new ProcessBuilder(cmd);
        pb.environment().put("JAVA_HOME", System.getProperty("java.home"));
        pb.environment().put("CLOUDMAKER_JVM_CACHE", cache ? "on" : "off");
        CliProcess.Result result = CliProcess.measure(pb);
        LocalMachineRuns.check(result);
        return result;
    }
}
