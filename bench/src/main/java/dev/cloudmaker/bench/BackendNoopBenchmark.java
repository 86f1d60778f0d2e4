package dev.cloudmaker.bench;

import dev.cloudmaker.core.state.BackendRequest;
import dev.cloudmaker.core.state.Lease;
import dev.cloudmaker.core.state.SharedStateStore;
import dev.cloudmaker.core.state.StateStoreFactory;
import dev.cloudmaker.core.state.StateStores;
import dev.cloudmaker.core.state.Workspace;
import dev.cloudmaker.emulator.kit.EmulatedServer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Issue 19's benchmark: a no-op {@code provision} of N existing servers with the state in a PostgreSQL
 * backend against the same with local files, in the same run, alternating (files, backend) per repeat on
 * the same seeded emulator state as {@link NoopBenchmark}; then the lease's acquire and release latency,
 * measured in-process over many rounds (medians). The backend is a running server the caller names (the
 * password in {@code PGPASSWORD}); {@code bench/backend} starts a throwaway one. Writes {@code backend.csv}.
 *
 * <p>Arguments: {@code JAR REPEATS RESULTS_DIR BACKEND_URL [--sizes 100] [--rounds 200]}.
 */
public final class BackendNoopBenchmark {
    static final String FILE = "backend.csv";

    public static void main(String[] args) throws Exception {
        Path jar = Path.of(args[0]);
        int repeats = Integer.parseInt(args[1]);
        Path results = Path.of(args[2]);
        String backend = args[3];
        int[] sizes = {100};
        int rounds = 200;
        for (int i = 4; i < args.length; i++) {
            switch (args[i]) {
                case "--sizes" -> sizes = java.util.Arrays.stream(args[++i].split(",")).mapToInt(Integer::parseInt).toArray();
                case "--rounds" -> rounds = Integer.parseInt(args[++i]);
                default -> throw new IllegalArgumentException("unknown argument " + args[i] + "; expected --sizes N,N.. or --rounds N");
            }
        }
        Files.createDirectories(results);
        System.out.println(Machine.describe());
        CliProcess cli = new CliProcess(jar);
        BenchCloud cloud = BenchClouds.named(BenchClouds.DEFAULT);
        double[] lease = leaseLatency(backend, rounds);
        List<String> lines = new ArrayList<>(List.of("servers,files_s,backend_s,ratio,acquire_ms,release_ms"));
        for (int n : sizes) {
            List<Double> files = new ArrayList<>();
            List<Double> shared = new ArrayList<>();
            for (int r = 1; r <= repeats; r++) {
                System.err.printf(Locale.ROOT, "no-op re-run of %d servers, files then backend (run %d of %d)...%n", n, r, repeats);
                files.add(once(cli, cloud, n, r, List.of()));
                shared.add(once(cli, cloud, n, r, List.of("--backend", backend + (backend.contains("?") ? "&" : "?") + "definition=bench" + n + "r" + r)));
            }
            double f = median(files);
            double b = median(shared);
            lines.add(String.format(Locale.ROOT, "%d,%.2f,%.2f,%.3f,%.3f,%.3f", n, f, b, b / f, lease[0], lease[1]));
        }
        Files.write(results.resolve(FILE), lines);
        lines.forEach(System.out::println);
    }

    /** The wall time of the measured no-op run, after an unmeasured first run made the state it starts from. */
    private static double once(CliProcess cli, BenchCloud cloud, int n, int repeat, List<String> backend) throws IOException, InterruptedException {
        Path dir = Files.createTempDirectory("cloudmaker-backend-" + n);
        try (BenchEmulator emu = cloud.start(repeat, true)) {
            emu.seedZone(BenchDefinition.ZONE);
            for (int i = 1; i <= n; i++) {
                emu.seedServer(BenchDefinition.serverName(i), List.of(cloud.namespaceTag("default")));
            }
            for (EmulatedServer d : emu.account().servers()) {
                emu.seedRecord(BenchDefinition.ZONE, "A", d.name() + ".bench", d.publicIpv4());
                emu.seedRecord(BenchDefinition.ZONE, "AAAA", d.name() + ".bench", d.publicIpv6());
            }
            BenchDefinition.write(dir, n, cloud);
            List<String> args = new ArrayList<>(backend);
            args.addAll(List.of("--api-url", emu.url().toString(), "provision", "--yes", "--no-bootstrap", "--no-color"));
            check(cli.run(dir, args.toArray(String[]::new)), "first run");
            emu.resetStats();
            CliProcess.Result r = cli.run(dir, args.toArray(String[]::new));
            check(r, "no-op re-run");
            if (emu.stats().mutatingRequests() != 0) {
                throw new IllegalStateException("the no-op re-run changed something: " + emu.stats().byEndpoint());
            }
            double s = r.wall().toMillis() / 1000.0;
            System.err.printf(Locale.ROOT, "  %s: %.2f s%n", backend.isEmpty() ? "files" : "backend", s);
            return s;
        } finally {
            BenchFiles.deleteTree(dir);
        }
    }

    /** The median acquire and release of one lease in ms, over {@code rounds} rounds on one connection. */
    private static double[] leaseLatency(String url, int rounds) {
        StateStoreFactory factory = StateStores.factoryFor(url, StateStoreFactory.installed());
        BackendRequest request = new BackendRequest(url + (url.contains("?") ? "&" : "?") + "definition=bench-lease",
                new Workspace(Path.of("bench-lease")), "default", Optional.empty(), Optional.empty(), System.getenv());
        List<Double> acquire = new ArrayList<>();
        List<Double> release = new ArrayList<>();
        try (SharedStateStore store = factory.open(request)) {
            for (int i = 0; i < rounds; i++) {
                long t0 = System.nanoTime();
                Lease lease = store.lock("cloudmaker bench", Duration.ZERO, n -> { });
                long t1 = System.nanoTime();
                lease.close();
                long t2 = System.nanoTime();
                acquire.add((t1 - t0) / 1e6);
                release.add((t2 - t1) / 1e6);
            }
        }
        System.err.printf(Locale.ROOT, "lease over %d rounds: acquire %.3f ms, release %.3f ms (medians)%n", rounds,
                median(acquire), median(release));
        return new double[] {median(acquire), median(release)};
    }

    private static double median(List<Double> values) {
        return values.stream().sorted().toList().get(values.size() / 2);
    }

    private static void check(CliProcess.Result r, String what) {
        if (r.exitCode() != 0) {
            throw new IllegalStateException(what + " failed (exit " + r.exitCode() + "):\n" + r.output());
        }
    }

    private BackendNoopBenchmark() {
    }
}
