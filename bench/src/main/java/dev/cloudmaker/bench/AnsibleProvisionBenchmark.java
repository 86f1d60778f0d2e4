package dev.cloudmaker.bench;

import dev.cloudmaker.cli.SystemClient;
import dev.cloudmaker.emulator.digitalocean.DigitalOceanEmulator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Benchmark 2 (issue 6): the work of benchmark 1 done by Ansible ({@code bench/ansible/provision.yml}
 * with Debian's community.digitalocean collection) against the same emulator settings
 * ({@link DigitalOceanBench}), for 10 and 100 servers; {@code ansible-playbook} runs as a subprocess with
 * 20 forks, each run for at most {@code --ansible-limit} seconds ({@link #DEFAULT_LIMIT}; a run stopped
 * there is stored unfinished, its wall time a lower bound). Peak memory is the largest sum of the resident
 * memory of ansible-playbook and all its worker and module processes, sampled every 20 ms
 * ({@link CliProcess#measureTree}). Replaces the
 * {@code ansible} lines of {@code provision-scale.csv} and prints cloudmaker's speed-up (target: at
 * least 5× at 100 servers). Skipped, saying so, when {@code ansible-playbook} is not installed.
 * DigitalOcean only: the playbook uses the community.digitalocean modules, so {@code --cloud} naming another
 * cloud is refused (the peer of other clouds is their real client, run in their conformance tests).
 *
 * <p>Arguments: {@code JAR REPEATS RESULTS_DIR [--sizes 10,100] [--ansible-limit SECONDS]} (the jar is unused; the argument
 * keeps the benchmarks' common form). Run from the repository root.
 */
public final class AnsibleProvisionBenchmark {
    static final String TOOL = "ansible";
    /** The one cloud the playbook provisions on. */
    static final String CLOUD = DigitalOceanBench.TYPE;
    static final int FORKS = 20;
    /**
     * How long one Ansible run may take before it is stopped and reported as a lower bound: at 100 servers
     * the collection's calls outrun DigitalOcean's 5,000 an hour, and a run to the end takes hours.
     */
    static final Duration DEFAULT_LIMIT = Duration.ofSeconds(600);
    private static final String ANSIBLE_PLAYBOOK = "ansible-playbook";
    private static final Path PLAYBOOK_DIR = Path.of("bench", "ansible");

    public static void main(String[] args) throws Exception {
        ProvisionScaleBenchmark.Options o = ProvisionScaleBenchmark.Options.parse(args);
        if (!o.cloud().type().equals(CLOUD)) {
            throw new IllegalArgumentException("the Ansible comparison runs on " + CLOUD + " only, not on " + o.cloud().type());
        }
        int[] sizes = List.of(args).contains("--sizes") ? o.sizes() : o.ansibleSizes();
        System.out.println(Machine.describe());
        runAndStore(sizes, o.repeats(), o.ansibleLimit(), o.results(), List.of());
    }

    /**
     * Runs Ansible at each size, each run for at most {@code limit}; {@code cloudmaker} rows, when given, give
     * the speed-up at equal sizes. A run stopped at the limit ends that size's repeats: the next would be too.
     */
    static void runAndStore(int[] sizes, int repeats, Duration limit, Path results, List<ScaleRow> cloudmaker)
            throws IOException, InterruptedException {
        if (!SystemClient.onPath(ANSIBLE_PLAYBOOK, System.getenv())) {
            System.out.println("ansible-playbook not found on PATH: the Ansible comparison was skipped (apt-get install ansible)");
            return;
        }
        Path dir = PLAYBOOK_DIR.toAbsolutePath();
        if (!Files.isRegularFile(dir.resolve("provision.yml"))) {
            throw new IllegalStateException(dir.resolve("provision.yml") + " not found: run from the repository root");
        }
        List<ScaleRow> rows = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        for (int n : sizes) {
            List<ScaleRow> runs = new ArrayList<>();
            try {
                for (int r = 1; r <= repeats; r++) {
                    System.err.printf(Locale.ROOT, "ansible: provisioning %d servers (run %d of %d)...%n", n, r, repeats);
                    ScaleRow row = once(dir, n, r, limit, results);
                    System.err.printf(Locale.ROOT, "  %s%.2f s, %d calls, %d answered 429%n", row.finished() ? "" : "stopped unfinished at ",
                            row.wallSeconds(), row.apiCalls(), row.rateLimited());
                    runs.add(row);
                    if (!row.finished()) {
                        break;
                    }
                }
                // the loop ends at the first run stopped unfinished: that one stands for the size
                rows.add(runs.getLast().finished() ? ScaleRow.median(runs) : runs.getLast());
            } catch (IllegalStateException e) {
                // a size Ansible could not finish has no row; the sizes it finished still count
                System.err.println(e.getMessage());
                failures.add(n + " servers");
            }
        }
        ScaleRow.store(results, TOOL, rows);
        System.out.println(ScaleRow.HEADER);
        rows.forEach(r -> System.out.println(r.csv()));
        List<ScaleRow> ours = cloudmaker.isEmpty() ? stored(results, ProvisionScaleBenchmark.TOOL) : cloudmaker;
        for (ScaleRow a : rows) {
            String atLeast = a.finished() ? "" : "at least ";
            ours.stream().filter(c -> c.servers() == a.servers()).findFirst().ifPresent(c -> System.out.printf(Locale.ROOT,
                    "%d servers: ansible %s%.2f s%s, cloudmaker %.2f s: cloudmaker %s%.1f× faster%s%n", a.servers(), atLeast,
                    a.wallSeconds(), a.finished() ? "" : " (stopped unfinished)", c.wallSeconds(), atLeast,
                    a.wallSeconds() / c.wallSeconds(), a.servers() == 100 ? " (target ≥ 5×: " + (a.wallSeconds() >= 5 * c.wallSeconds()
                            ? "met" : a.finished() ? "MISSED" : "not measured: raise --ansible-limit") + ")" : ""));
        }
        if (!failures.isEmpty()) {
            throw new IllegalStateException("Ansible did not finish provisioning " + String.join(", ", failures)
                    + "; its output is kept in " + results.toAbsolutePath());
        }
    }

    private static ScaleRow once(Path playbookDir, int n, int repeat, Duration limit, Path results)
            throws IOException, InterruptedException {
        Path work = Files.createTempDirectory("cloudmaker-ansible-" + n);
        try (DigitalOceanEmulator emu = DigitalOceanBench.emulator(repeat, false)) {
            StringBuilder inventory = new StringBuilder("[servers]\n");
            for (int i = 1; i <= n; i++) {
                inventory.append(BenchDefinition.serverName(i)).append('\n');
            }
            Files.writeString(work.resolve("inventory"), inventory);
            String api = emu.baseUrl() + "/v2";
            ProcessBuilder pb = new ProcessBuilder(ANSIBLE_PLAYBOOK, "-i", work.resolve("inventory").toString(),
                    "--forks", Integer.toString(FORKS), playbookDir.resolve("provision.yml").toString(),
                    "-e", "do_api=" + api, "-e", "domain=" + BenchDefinition.ZONE,
                    "-e", "public_key='" + BenchDefinition.ed25519() + " bench@example.com'");
            Map<String, String> env = pb.environment();
            env.put("DO_API_TOKEN", DigitalOceanBench.TOKEN); // the modules read it from here; never on a command line
            env.put("DO_BASEURL", api);
            env.put("PYTHONPATH", playbookDir.resolve("emulator-url").toString());
            env.put("ANSIBLE_PYTHON_INTERPRETER", "/usr/bin/python3");
            env.put("ANSIBLE_LOCAL_TEMP", work.resolve("tmp").toString());
            env.put("ANSIBLE_NOCOLOR", "1");
            CliProcess.Result run = CliProcess.measureTree(pb, limit);
            double wall = run.wall().toNanos() / 1e9;
            long peakKb = run.peakRssKb();
            var stats = emu.stats();
            if (!run.finished()) {
                Path log = results.resolve("ansible-" + n + "-unfinished.log");
                Files.writeString(log, run.output());
                System.err.printf(Locale.ROOT, "ansible-playbook for %d servers had not finished after %.0f s and was stopped: %d API"
                        + " calls, %d answered 429, %d droplets made; its output is in %s%n", n, wall, stats.totalRequests(),
                        stats.rateLimited(), emu.droplets().size(), log);
                return new ScaleRow(TOOL, n, wall, stats.totalRequests(), stats.mutatingRequests(), stats.rateLimited(),
                        peakKb / 1024, ProvisionFloor.seconds(DigitalOceanBench.FLOOR, n, repeat), false);
            }
            if (run.exitCode() != 0) {
                Path log = results.resolve("ansible-" + n + "-failed.log");
                Files.writeString(log, run.output());
                throw new IllegalStateException(String.format(Locale.ROOT, "ansible-playbook for %d servers failed (exit %d) after"
                        + " %.0f s, %d API calls, %d answered 429; %d droplets exist; full output in %s:%n%s", n, run.exitCode(),
                        wall, stats.totalRequests(), stats.rateLimited(), emu.droplets().size(), log, tail(run.output())));
            }
            BenchDefinition.checkProvisioned(emu.account(), n, BenchClouds.named(CLOUD));
            return new ScaleRow(TOOL, n, wall, stats.totalRequests(), stats.mutatingRequests(), stats.rateLimited(),
                    peakKb / 1024, ProvisionFloor.seconds(DigitalOceanBench.FLOOR, n, repeat), true);
        } finally {
            BenchFiles.deleteTree(work);
        }
    }

    private static List<ScaleRow> stored(Path results, String tool) throws IOException {
        Path file = results.resolve(ScaleRow.FILE);
        if (!Files.exists(file)) {
            return List.of();
        }
        return Files.readAllLines(file).stream().skip(1).filter(l -> l.startsWith(tool + ",")).map(l -> l.split(","))
                .map(f -> new ScaleRow(f[0], Integer.parseInt(f[1]), Double.parseDouble(f[2]), Long.parseLong(f[3]),
                        Long.parseLong(f[4]), Long.parseLong(f[5]), Long.parseLong(f[6]), Double.parseDouble(f[7]), f[8].equals("1")))
                .toList();
    }

    /** The first few task failures Ansible reported (its recap alone does not say why). */
    private static String tail(String log) {
        List<String> fatal = log.lines().filter(l -> l.startsWith("fatal:") || l.contains("FAILED - RETRYING")).limit(8).toList();
        return fatal.isEmpty() ? log.substring(Math.max(0, log.length() - 4000)) : String.join("\n", fatal);
    }
}
