package dev.cloudmaker.bench;

import dev.cloudmaker.emulator.aws.AwsEmulator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Benchmark 2 on AWS (issue 17): the work of benchmark 1 on {@code --cloud aws} done by Ansible
 * ({@code bench/ansible/aws-provision.yml}, Debian's amazon.aws collection: {@code ec2_instance} and {@code route53} per
 * host) against the same emulator settings and seed ({@link AwsBench#emulator}, so it meets the same boots and the
 * same throttle), {@link #PLAYBOOK_BINARY} with {@link AnsibleProvisionBenchmark#FORKS} forks pointed at the emulator
 * over loopback with {@code endpoint_url} (as emulators/aws's AnsibleIT does), from a HOME of its own with empty AWS
 * config files. A run past the limit is stored unfinished, its wall time a lower bound. Rows {@code ansible} in
 * {@code provision-scale.csv}; skipped, saying so, when {@code /usr/bin/ansible-playbook} is missing.
 */
final class AwsAnsibleProvisionBenchmark {
    static final Path PLAYBOOK_BINARY = Path.of("/usr/bin/ansible-playbook");
    static final Path PLAYBOOK = Path.of("bench", "ansible", "aws-provision.yml");

    private AwsAnsibleProvisionBenchmark() {
    }

    /** Runs the playbook at each size and stores its rows beside cloudmaker's; prints the speed-up at equal sizes. */
    static void runAndStore(int[] sizes, int repeats, Duration limit, Path results, List<ScaleRow> cloudmaker)
            throws IOException, InterruptedException {
        if (!Files.isExecutable(PLAYBOOK_BINARY)) {
            System.out.println(PLAYBOOK_BINARY + " not found: the Ansible comparison was skipped (apt-get install ansible)");
            return;
        }
        Path playbook = PLAYBOOK.toAbsolutePath();
        if (!Files.isRegularFile(playbook)) {
            throw new IllegalStateException(playbook + " not found: run from the repository root");
        }
        List<ScaleRow> rows = new ArrayList<>();
        for (int n : sizes) {
            List<ScaleRow> runs = new ArrayList<>();
            for (int r = 1; r <= repeats; r++) {
                System.err.printf(Locale.ROOT, "ansible (aws): provisioning %d servers (run %d of %d)...%n", n, r, repeats);
                ScaleRow row = once(playbook, n, r, limit, results);
                System.err.printf(Locale.ROOT, "  %s%.2f s, %d calls, %d throttled%n", row.finished() ? "" : "unfinished at ",
                        row.wallSeconds(), row.apiCalls(), row.rateLimited());
                runs.add(row);
                if (!row.finished()) {
                    break; // the next would be too
                }
            }
            rows.add(runs.getLast().finished() ? ScaleRow.median(runs) : runs.getLast());
        }
        ScaleRow.store(results, AnsibleProvisionBenchmark.TOOL, rows);
        System.out.println(ScaleRow.HEADER);
        rows.forEach(r -> System.out.println(r.csv()));
        for (ScaleRow a : rows) {
            cloudmaker.stream().filter(c -> c.servers() == a.servers()).findFirst().ifPresent(c -> System.out.printf(
                    Locale.ROOT, "%d servers: ansible %s%.2f s, cloudmaker %.2f s: cloudmaker %.1f× faster%s; %d against %d"
                            + " API calls%n", a.servers(), a.finished() ? "" : "≥ ", a.wallSeconds(), c.wallSeconds(),
                    a.wallSeconds() / c.wallSeconds(), a.servers() == 100 ? " (target ≥ 5×: "
                            + (a.wallSeconds() >= 5 * c.wallSeconds() ? "met" : "MISSED") + ")" : "", c.apiCalls(), a.apiCalls()));
        }
    }

    private static ScaleRow once(Path playbook, int n, int repeat, Duration limit, Path results)
            throws IOException, InterruptedException {
        Path home = Files.createTempDirectory("cloudmaker-ansible-aws-" + n);
        try (AwsEmulator emu = AwsBench.emulator(repeat, false)) {
            StringBuilder inventory = new StringBuilder("[servers]\n");
            for (int i = 1; i <= n; i++) {
                inventory.append(BenchDefinition.serverName(i)).append('\n');
            }
            Files.writeString(home.resolve("inventory"), inventory);
            Files.writeString(home.resolve("aws-config"), "");
            Files.writeString(home.resolve("aws-credentials"), "");
            ProcessBuilder pb = new ProcessBuilder(PLAYBOOK_BINARY.toString(), "-i", home.resolve("inventory").toString(),
                    "--forks", Integer.toString(AnsibleProvisionBenchmark.FORKS), playbook.toString(),
                    "-e", "domain=" + BenchDefinition.ZONE, "-e", "public_key='" + BenchDefinition.ed25519() + " bench'");
            Map<String, String> env = pb.environment();
            env.clear();
            env.put("PATH", "/usr/bin:/bin");
            env.put("HOME", home.toString());
            env.put("LANG", "C.UTF-8");
            env.put("AWS_CONFIG_FILE", home.resolve("aws-config").toString());
            env.put("AWS_SHARED_CREDENTIALS_FILE", home.resolve("aws-credentials").toString());
            env.putAll(emu.clientEnvironment()); // the emulator's key and region: nothing of the user's
            env.put("EMULATOR_URL", emu.baseUrl().toString());
            env.put("ANSIBLE_PYTHON_INTERPRETER", "/usr/bin/python3");
            env.put("ANSIBLE_COLLECTIONS_PATH", "/usr/lib/python3/dist-packages");
            env.put("ANSIBLE_LOCAL_TEMP", home.resolve("tmp").toString());
            env.put("ANSIBLE_HOME", home.resolve("ansible").toString());
            env.put("ANSIBLE_NOCOLOR", "1");
            CliProcess.Result run = CliProcess.measureTree(pb, limit);
            double wall = run.wall().toNanos() / 1e9;
            var stats = emu.stats();
            boolean done = run.finished() && run.exitCode() == 0;
            if (!done) {
                Path log = results.resolve("ansible-aws-" + n + "-" + repeat + (run.finished() ? "-failed" : "-unfinished") + ".log");
                Files.writeString(log, run.output());
                if (run.finished()) {
                    throw new IllegalStateException("ansible-playbook for " + n + " servers failed (exit " + run.exitCode()
                            + "); its output is in " + log);
                }
            } else {
                checkProvisioned(emu, n);
            }
            return new ScaleRow(AnsibleProvisionBenchmark.TOOL, n, wall, stats.totalRequests(), stats.mutatingRequests(),
                    stats.rateLimited(), run.peakRssKb() / 1024, ProvisionFloor.seconds(AwsBench.FLOOR, n, repeat), done);
        } finally {
            BenchFiles.deleteTree(home);
        }
    }

    /** n running instances and an A record each: the playbook's work, checked as cloudmaker's is. */
    private static void checkProvisioned(AwsEmulator emu, int n) {
        long running = emu.account().servers().stream().filter(s -> s.running()).count();
        long a = emu.account().records(BenchDefinition.ZONE).stream().filter(r -> r.type().equals("A")).count();
        if (running != n || a != n) {
            throw new IllegalStateException("the playbook for " + n + " servers ended with " + running
                    + " running instances and " + a + " A records");
        }
    }
}
