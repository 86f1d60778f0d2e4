package dev.cloudmaker.bench;

import dev.cloudmaker.emulator.digitalocean.DigitalOceanEmulator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Provisions N servers with one DNS name each against the DigitalOcean emulator (50 ms latency per
 * call, 3 s boot delay, DigitalOcean's 250 requests/minute limit), through the real CLI jar, and
 * reports wall time, API calls and peak memory; then a no-op re-run. Medians over repeats.
 *
 * Targets (issue 2): wall(100) ≤ 2 × wall(1); the no-op re-run of 100 in ≤ 10 API calls.
 */
public final class ProvisionBenchmark {
    private static final Duration LATENCY = Duration.ofMillis(50);
    private static final Duration BOOT_DELAY = Duration.ofSeconds(3);

    record Row(String scenario, int servers, double wallSeconds, long apiCalls, long mutatingCalls, long rateLimited, long peakRssMb) {
        String csv() {
            return String.format(Locale.ROOT, "%s,%d,%.2f,%d,%d,%d,%d", scenario, servers, wallSeconds, apiCalls,
                    mutatingCalls, rateLimited, peakRssMb);
        }
    }

    public static void main(String[] args) throws Exception {
        Path jar = Path.of(args.length > 0 ? args[0] : "cloudmaker-cli/target/cloudmaker.jar");
        int repeats = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        Path results = Path.of(args.length > 2 ? args[2] : "bench/results");
        Files.createDirectories(results);
        CliProcess cli = new CliProcess(jar);
        List<Row> rows = new ArrayList<>();
        for (int n : new int[] {1, 100}) {
            List<Row[]> runs = new ArrayList<>();
            for (int r = 0; r < repeats; r++) {
                runs.add(once(cli, n));
            }
            rows.add(median(runs, 0));
            rows.add(median(runs, 1));
        }
        List<String> lines = new ArrayList<>(List.of("scenario,servers,wall_s,api_calls,mutating_calls,rate_limited,peak_rss_mb"));
        rows.forEach(row -> lines.add(row.csv()));
        Files.write(results.resolve("provision.csv"), lines);
        System.out.println(Machine.describe());
        lines.forEach(System.out::println);
        Row one = rows.get(0);
        Row hundred = rows.get(2);
        Row noop = rows.get(3);
        System.out.printf(Locale.ROOT, "wall(100)/wall(1) = %.2f (target ≤ 2.0): %s%n", hundred.wallSeconds() / one.wallSeconds(),
                hundred.wallSeconds() <= 2 * one.wallSeconds() ? "met" : "MISSED");
        System.out.printf(Locale.ROOT, "no-op re-run of 100: %d API calls (target ≤ 10): %s%n", noop.apiCalls(),
                noop.apiCalls() <= 10 ? "met" : "MISSED");
    }

    /** One fresh emulator: provision n servers, then provision again with nothing to do. */
    private static Row[] once(CliProcess cli, int n) throws IOException, InterruptedException {
        Path dir = Files.createTempDirectory("cloudmaker-bench-" + n);
        BenchDefinition.write(dir, n);
        try (DigitalOceanEmulator emu = DigitalOceanEmulator.builder()
                .latency(LATENCY).bootDelay(BOOT_DELAY).rateLimitPerMinute(250).start()) {
            String url = emu.baseUrl().toString();
            Row first = measure(cli, emu, dir, url, "provision", n);
            Row again = measure(cli, emu, dir, url, "no-op re-run", n);
            return new Row[] {first, again};
        } finally {
            BenchFiles.deleteTree(dir);
        }
    }

    private static Row measure(CliProcess cli, DigitalOceanEmulator emu, Path dir, String url, String scenario, int n)
            throws IOException, InterruptedException {
        emu.resetStats();
        CliProcess.Result r = cli.run(dir, "--api-url", url, "provision", "--yes", "--no-color");
        if (r.exitCode() != 0) {
            throw new IllegalStateException(scenario + " of " + n + " failed:\n" + r.output());
        }
        var stats = emu.stats();
        return new Row(scenario, n, r.wall().toMillis() / 1000.0, stats.totalRequests(), stats.mutatingRequests(),
                stats.rateLimited(), r.peakRssKb() / 1024);
    }

    private static Row median(List<Row[]> runs, int index) {
        List<Row> sorted = runs.stream().map(r -> r[index]).sorted(Comparator.comparingDouble(Row::wallSeconds)).toList();
        return sorted.get(sorted.size() / 2);
    }
}
