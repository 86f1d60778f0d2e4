package dev.cloudmaker.bench;

import dev.cloudmaker.emulator.kit.http.RecordedExchange;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Benchmark 3 on OpenStack: {@code provision} with nothing to change over 10 and 100 servers with one Designate
 * name each, through the real CLI jar against the OpenStack emulator ({@link OpenStackBench}). The OpenStack emulator
 * has no way to seed servers without a request, so an unmeasured first provision makes them (boots included), then
 * the measured run must change nothing: no request but Keystone's token POST, cloud.json unchanged. Reports wall time,
 * API calls, list pages and the CLI's peak memory in {@code noop.csv}, as {@link NoopBenchmark} does; calls should
 * grow with pages, not servers.
 *
 * <p>Arguments: {@code JAR REPEATS RESULTS_DIR [--sizes 10,100]}.
 */
public final class OpenStackNoopBenchmark {
    private OpenStackNoopBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path jar = Path.of(args.length > 0 ? args[0] : "cloudmaker-cli/target/cloudmaker.jar");
        int repeats = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        Path results = Path.of(args.length > 2 ? args[2] : "bench/results-openstack");
        int[] sizes = {10, 100};
        for (int i = 3; i < args.length; i++) {
            if (!args[i].equals("--sizes")) {
                throw new IllegalArgumentException("unknown argument " + args[i] + "; expected --sizes N,N..");
            }
            sizes = Arrays.stream(args[++i].split(",")).mapToInt(s -> Integer.parseInt(s.trim())).toArray();
        }
        Files.createDirectories(results);
        System.out.println(Machine.describe());
        CliProcess cli = new CliProcess(jar);
        OpenStackBench cloud = new OpenStackBench();
        List<String> lines = new ArrayList<>(List.of(NoopBenchmark.HEADER));
        List<NoopBenchmark.Row> rows = new ArrayList<>();
        for (int n : sizes) {
            List<NoopBenchmark.Row> runs = new ArrayList<>();
            for (int r = 1; r <= repeats; r++) {
                System.err.printf(Locale.ROOT, "no-op re-run of %d OpenStack servers (run %d of %d)...%n", n, r, repeats);
                runs.add(once(cli, cloud, n, r));
            }
            NoopBenchmark.Row median = runs.stream().sorted(Comparator.comparingDouble(NoopBenchmark.Row::wallSeconds))
                    .toList().get(runs.size() / 2);
            rows.add(median);
            lines.add(median.csv());
        }
        Files.write(results.resolve(NoopBenchmark.FILE), lines);
        lines.forEach(System.out::println);
        for (NoopBenchmark.Row row : rows) {
            System.out.printf(Locale.ROOT, "%d servers: %d calls for %d list pages (%.2f calls per page, %.3f per server)%n",
                    row.servers(), row.apiCalls(), row.pages(), (double) row.apiCalls() / row.pages(),
                    (double) row.apiCalls() / row.servers());
        }
    }

    private static NoopBenchmark.Row once(CliProcess cli, OpenStackBench cloud, int n, int repeat)
            throws IOException, InterruptedException {
        Path dir = Files.createTempDirectory("cloudmaker-noop-openstack-" + n);
        try (BenchEmulator emu = cloud.start(repeat, true)) {
            BenchDefinition.write(dir, n, cloud);
            String url = emu.url().toString();
            check(cli.run(dir, "--api-url", url, "provision", "--yes", "--no-bootstrap", "--no-color"), n, "first run");
            BenchDefinition.checkProvisioned(emu.account(), n, cloud);
            String cloudJson = Files.readString(dir.resolve("cloud.json"));
            int before = emu.exchanges().size();
            emu.resetStats();
            CliProcess.Result r = cli.run(dir, "--api-url", url, "provision", "--yes", "--no-bootstrap", "--no-color");
            check(r, n, "no-op re-run");
            List<RecordedExchange> measured = List.copyOf(emu.exchanges().subList(before, emu.exchanges().size()));
            List<String> changes = measured.stream().filter(x -> !x.method().equals("GET") && !isTokenRequest(x))
                    .map(x -> x.method() + " " + x.path()).toList();
            if (!changes.isEmpty() || !Files.readString(dir.resolve("cloud.json")).equals(cloudJson)) {
                throw new IllegalStateException("the no-op re-run of " + n + " servers changed something: " + changes
                        + "\n" + r.output());
            }
            long pages = measured.stream().filter(cloud::isListPage).count();
            var stats = emu.stats();
            NoopBenchmark.Row row = new NoopBenchmark.Row(n, r.wall().toMillis() / 1000.0, stats.totalRequests(), pages,
                    r.peakRssKb() / 1024);
            System.err.printf(Locale.ROOT, "  %.2f s, %d calls, %d list pages: %s%n", row.wallSeconds(), row.apiCalls(), pages,
                    stats.byEndpoint());
            return row;
        } finally {
            BenchFiles.deleteTree(dir);
        }
    }

    /** Keystone's POST of a password for a token: the one POST a run that changes nothing still sends. */
    private static boolean isTokenRequest(RecordedExchange x) {
        return x.method().equals("POST") && x.path().endsWith("/auth/tokens");
    }

    private static void check(CliProcess.Result r, int n, String what) {
        if (r.exitCode() != 0) {
            throw new IllegalStateException(what + " over " + n + " OpenStack servers failed (exit " + r.exitCode() + "):\n"
                    + r.output());
        }
    }
}
