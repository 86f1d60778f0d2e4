package dev.cloudmaker.bench;

import dev.cloudmaker.emulator.kit.EmulatedServer;
import dev.cloudmaker.emulator.kit.http.RecordedExchange;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Benchmark 3 (issue 6): {@code provision} with nothing to change, for 100 and 1,000 existing servers
 * with one DNS name each, through the real CLI jar against a cloud's emulator with its realistic latency
 * and rate limits ({@link BenchCloud}, DigitalOcean by default). The servers and their A and AAAA records
 * are put straight into the emulator's state (tagged for the namespace, as provision leaves them) instead of being
 * made through the API; a first, unmeasured run uploads the SSH key and writes the servers' addresses
 * back into cloud.json, as the provisioning run would have. The measured run must change nothing
 * (no mutating call, cloud.json unchanged). Reports wall time, API calls, the list pages the emulator
 * served, and the CLI's peak memory; calls should grow with pages, not servers. Writes
 * {@code noop.csv}.
 *
 * <p>Arguments: {@code JAR REPEATS RESULTS_DIR [--quick] [--sizes 100,1000] [--cloud NAME]}; {@code --quick}
 * is 100 servers, one repeat; {@code --cloud} picks the emulator ({@link BenchClouds}, default digitalocean).
 */
public final class NoopBenchmark {
    static final String FILE = "noop.csv";
    static final String HEADER = "servers,wall_s,api_calls,pages,peak_rss_mb";

    record Row(int servers, double wallSeconds, long apiCalls, long pages, long peakRssMb) {
        String csv() {
            return String.format(Locale.ROOT, "%d,%.2f,%d,%d,%d", servers, wallSeconds, apiCalls, pages, peakRssMb);
        }
    }

    public static void main(String[] args) throws Exception {
        Path jar = Path.of(args.length > 0 ? args[0] : "cloudmaker-cli/target/cloudmaker.jar");
        int repeats = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        Path results = Path.of(args.length > 2 ? args[2] : "bench/results");
        int[] sizes = {100, 1000};
        BenchCloud cloud = BenchClouds.named(BenchClouds.DEFAULT);
        for (int i = 3; i < args.length; i++) {
            switch (args[i]) {
                case "--quick" -> {
                    sizes = new int[] {100};
                    repeats = 1;
                }
                case "--sizes" -> sizes = java.util.Arrays.stream(args[++i].split(",")).mapToInt(Integer::parseInt).toArray();
                case "--cloud" -> cloud = BenchClouds.named(args[++i]);
                default -> throw new IllegalArgumentException("unknown argument " + args[i]
                        + "; expected --quick, --sizes N,N.. or --cloud NAME");
            }
        }
        Files.createDirectories(results);
        System.out.println(Machine.describe());
        CliProcess cli = new CliProcess(jar);
        List<String> lines = new ArrayList<>(List.of(HEADER));
        List<Row> rows = new ArrayList<>();
        for (int n : sizes) {
            List<Row> runs = new ArrayList<>();
            for (int r = 1; r <= repeats; r++) {
                System.err.printf(Locale.ROOT, "no-op re-run of %d servers (run %d of %d)...%n", n, r, repeats);
                runs.add(once(cli, cloud, n, r));
            }
            Row median = runs.stream().sorted(Comparator.comparingDouble(Row::wallSeconds)).toList().get(runs.size() / 2);
            rows.add(median);
            lines.add(median.csv());
        }
        Files.write(results.resolve(FILE), lines);
        lines.forEach(System.out::println);
        for (Row row : rows) {
            System.out.printf(Locale.ROOT, "%d servers: %d calls for %d list pages (%.2f calls per page, %.3f per server)%n",
                    row.servers(), row.apiCalls(), row.pages(), (double) row.apiCalls() / row.pages(),
                    (double) row.apiCalls() / row.servers());
        }
    }

    private static Row once(CliProcess cli, BenchCloud cloud, int n, int repeat) throws IOException, InterruptedException {
        Path dir = Files.createTempDirectory("cloudmaker-noop-" + n);
        try (BenchEmulator emu = cloud.start(repeat, true)) {
            seed(emu, cloud, n);
            BenchDefinition.write(dir, n, cloud);
            String url = emu.url().toString();
            CliProcess.Result warm = cli.run(dir, "--api-url", url, "provision", "--yes", "--no-bootstrap", "--no-color");
            check(warm, n, "first run");
            if (emu.stats().mutatingRequests() > 1) {
                throw new IllegalStateException("the first run over the seeded state changed more than the key: "
                        + emu.stats().byEndpoint() + "\n" + warm.output());
            }
            String cloudJson = Files.readString(dir.resolve("cloud.json"));
            int before = emu.exchanges().size();
            emu.resetStats();
            CliProcess.Result r = cli.run(dir, "--api-url", url, "provision", "--yes", "--no-bootstrap", "--no-color");
            check(r, n, "no-op re-run");
            var stats = emu.stats();
            if (stats.mutatingRequests() != 0 || !Files.readString(dir.resolve("cloud.json")).equals(cloudJson)) {
                throw new IllegalStateException("the no-op re-run of " + n + " servers changed something: "
                        + stats.byEndpoint() + "\n" + r.output());
            }
            List<RecordedExchange> measured = emu.exchanges().subList(before, emu.exchanges().size());
            long pages = measured.stream().filter(cloud::isListPage).count();
            Row row = new Row(n, r.wall().toMillis() / 1000.0, stats.totalRequests(), pages, r.peakRssKb() / 1024);
            System.err.printf(Locale.ROOT, "  %.2f s, %d calls, %d list pages: %s%n", row.wallSeconds(), row.apiCalls(), pages,
                    stats.byEndpoint());
            return row;
        } finally {
            BenchFiles.deleteTree(dir);
        }
    }

    /**
     * n active servers tagged for the default namespace, with the A and AAAA records provision would have made (where
     * the cloud has DNS; AAAA only for servers with an IPv6 address, which cloudmaker does not ask EC2 for).
     */
    private static void seed(BenchEmulator emu, BenchCloud cloud, int n) {
        for (int i = 1; i <= n; i++) {
            emu.seedServer(BenchDefinition.serverName(i), List.of(cloud.namespaceTag("default")));
        }
        if (!cloud.dnsNames()) {
            return;
        }
        emu.seedZone(BenchDefinition.ZONE);
        for (EmulatedServer d : emu.account().servers()) {
            emu.seedRecord(BenchDefinition.ZONE, "A", d.name() + ".bench", d.publicIpv4());
            if (d.publicIpv6() != null) {
                emu.seedRecord(BenchDefinition.ZONE, "AAAA", d.name() + ".bench", d.publicIpv6());
            }
        }
    }

    private static void check(CliProcess.Result r, int n, String what) {
        if (r.exitCode() != 0) {
            throw new IllegalStateException(what + " over " + n + " servers failed (exit " + r.exitCode() + "):\n" + r.output());
        }
    }
}
