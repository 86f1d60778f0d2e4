package dev.cloudmaker.bench;

import dev.cloudmaker.emulator.triton.TritonEmulator;
import dev.cloudmaker.ssh.Identity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * The peer of benchmark 1 on Triton: node-triton's {@code triton} CLI ({@link #VERSION}, as {@code .ci/run}
 * installs it into {@code ~/.cache/cloudmaker/node-triton-VERSION}) making the same servers against the same
 * emulator settings and seed (so it meets the same boots), the way its README shows: one
 * {@code triton instance create -n NAME -t cloudmaker.namespace=default debian-12 g1.nano} per server, then
 * {@code triton instance wait NAME...} (GetMachine on every machine every second until {@code running}, TRITON-NOTES.md
 * §4.2). The creates run {@link #PARALLEL} at a time ({@code xargs -P}), as a user's shell loop would with {@code &}
 * and a cap, since every create is a Node.js process of its own. It signs with the benchmark's key from a HOME of its
 * own, with no ssh-agent, the env profile ({@code TRITON_URL}, {@code TRITON_ACCOUNT}, {@code TRITON_KEY_ID}).
 * Memory is the peak of the summed resident memory of the shell and every node process at once.
 * Rows {@code node-triton} in {@code provision-scale.csv}; skipped, saying so, when node-triton is not installed.
 */
final class NodeTritonProvisionBenchmark {
    static final String TOOL = "node-triton";
    static final String VERSION = "7.17.0";
    static final int PARALLEL = 10;
    static final Duration LIMIT = Duration.ofMinutes(10);

    private NodeTritonProvisionBenchmark() {
    }

    /** {@code triton} as .ci/run installs it (the system property {@code cloudmaker.node-triton} names another folder). */
    static Path executable() {
        String configured = System.getProperty("cloudmaker.node-triton");
        String home = System.getenv().getOrDefault("HOME", System.getProperty("user.home"));
        Path dir = configured != null ? Path.of(configured) : Path.of(home, ".cache", "cloudmaker", "node-triton-" + VERSION);
        return dir.resolve("node_modules/.bin/triton");
    }

    /** Runs node-triton at each size and stores its rows beside cloudmaker's; prints the ratio to cloudmaker's time. */
    static void runAndStore(TritonBench cloud, int[] sizes, int repeats, Path results, List<ScaleRow> cloudmaker)
            throws IOException, InterruptedException {
        Path triton = executable();
        if (!Files.isExecutable(triton)) {
            System.err.println("node-triton " + VERSION + " is not installed at " + triton + " (.ci/run installs it:"
                    + " npm install --prefix ~/.cache/cloudmaker/node-triton-" + VERSION + " triton@" + VERSION
                    + "); the node-triton comparison is skipped");
            return;
        }
        List<ScaleRow> rows = new ArrayList<>();
        for (int n : sizes) {
            List<ScaleRow> runs = new ArrayList<>();
            for (int r = 1; r <= repeats; r++) {
                System.err.printf(Locale.ROOT, "node-triton: creating %d instances (run %d of %d)...%n", n, r, repeats);
                ScaleRow row = once(triton, cloud, n, r, results);
                System.err.printf(Locale.ROOT, "  %.2f s, %d calls, %d answered 429%s%n", row.wallSeconds(), row.apiCalls(),
                        row.rateLimited(), row.finished() ? "" : ", NOT FINISHED");
                runs.add(row);
            }
            rows.add(ScaleRow.median(runs));
        }
        ScaleRow.store(results, TOOL, rows);
        System.out.println(ScaleRow.HEADER);
        rows.forEach(r -> System.out.println(r.csv()));
        for (ScaleRow peer : rows) {
            cloudmaker.stream().filter(c -> c.servers() == peer.servers()).findFirst().ifPresent(c -> System.out.printf(
                    Locale.ROOT, "%d servers: cloudmaker %.2f s, node-triton %s%.2f s (%.2fx), %d against %d API calls%n",
                    c.servers(), c.wallSeconds(), peer.finished() ? "" : "≥ ", peer.wallSeconds(),
                    peer.wallSeconds() / c.wallSeconds(), c.apiCalls(), peer.apiCalls()));
        }
    }

    private static ScaleRow once(Path triton, TritonBench cloud, int n, int repeat, Path results)
            throws IOException, InterruptedException {
        Path home = Files.createTempDirectory("cloudmaker-node-triton-" + n);
        try (TritonEmulator emu = cloud.emulator(repeat, false)) {
            Identity key = cloud.signingKey();
            Path ssh = Files.createDirectories(home.resolve(".ssh"));
            Files.copy(key.file().orElseThrow(), ssh.resolve("id_ed25519"));
            Files.writeString(ssh.resolve("id_ed25519.pub"), key.publicKey().line() + " bench\n");
            List<String> names = IntStream.rangeClosed(1, n).mapToObj(BenchDefinition::serverName).toList();
            Files.write(home.resolve("names.txt"), names);
            String script = "set -e\n"
                    + "xargs -P " + PARALLEL + " -I NAME \"$TRITON\" instance create -n NAME"
                    + " -t cloudmaker.namespace=default " + TritonBench.IMAGE + " " + TritonBench.PACKAGE + " < names.txt\n"
                    + "\"$TRITON\" instance wait $(cat names.txt)\n";
            ProcessBuilder pb = new ProcessBuilder("bash", "-c", script).directory(home.toFile());
            Map<String, String> env = pb.environment();
            env.keySet().removeIf(k -> k.startsWith("TRITON_") || k.startsWith("SDC_") || k.equalsIgnoreCase("http_proxy")
                    || k.equalsIgnoreCase("https_proxy") || k.equals("SSH_AUTH_SOCK"));
            env.put("HOME", home.toString());
            env.put("XDG_CONFIG_HOME", home.resolve(".config").toString());
            env.put("NO_PROXY", "127.0.0.1,localhost");
            env.put("TRITON", triton.toString());
            env.put("TRITON_URL", emu.baseUrl().toString());
            env.put("TRITON_ACCOUNT", TritonBench.ACCOUNT);
            env.put("TRITON_KEY_ID", key.publicKey().md5Fingerprint());
            CliProcess.Result run = CliProcess.measureTree(pb, LIMIT);
            double wall = run.wall().toNanos() / 1e9;
            var stats = emu.stats();
            boolean done = run.finished() && run.exitCode() == 0;
            if (!done) {
                Path log = results.resolve("node-triton-" + n + "-" + repeat + (run.finished() ? "-failed" : "-unfinished") + ".log");
                Files.writeString(log, run.output());
                System.err.printf(Locale.ROOT, "node-triton for %d servers %s after %.0f s: %d API calls, %d answered 429, %d"
                        + " machines running; its output is in %s%n", n, run.finished() ? "failed (exit " + run.exitCode() + ")"
                        : "had not finished", wall, stats.totalRequests(), stats.rateLimited(),
                        emu.account().servers().stream().filter(s -> s.running()).count(), log);
            } else {
                BenchDefinition.checkProvisioned(emu.account(), n, cloud);
            }
            return new ScaleRow(TOOL, n, wall, stats.totalRequests(), stats.mutatingRequests(), stats.rateLimited(),
                    run.peakRssKb() / 1024, ProvisionFloor.seconds(cloud.floor(), n, repeat), done);
        } finally {
            BenchFiles.deleteTree(home);
        }
    }
}
