package dev.cloudmaker.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Benchmark 1 (issue 6): provisions 1, 10, 100 and 500 servers with one DNS name each (A + AAAA)
 * through the real CLI jar ({@code provision --yes --no-bootstrap}) against a cloud's emulator with its
 * realistic latency model and the cloud's rate limits ({@link BenchCloud}: DigitalOcean unless {@code --cloud}
 * names another), a fresh emulator per run. Reports the median wall time, API calls (all, mutating, answered 429), the CLI's
 * peak resident memory, and the floor the rate limit sets ({@link ProvisionFloor} over the cloud's
 * {@link FloorModel}); the ratio wall/floor at the largest size has the target ≤ 1.2. Then, on DigitalOcean
 * (and on AWS, {@link AwsAnsibleProvisionBenchmark}), runs benchmark 2 with Ansible ({@link AnsibleProvisionBenchmark})
 * for 10 and 100 servers against the same emulator settings, unless {@code --no-ansible}; on Triton, node-triton for 10 and 100 servers
 * ({@link NodeTritonProvisionBenchmark}), unless {@code --no-node-triton}; on OpenStack, the {@code openstack} CLI for 10
 * and 100 servers ({@link OpenStackCliProvisionBenchmark}), unless {@code --no-openstack-cli}. Prints wall(100)/wall(1) when both sizes
 * ran (target ≤ 2 on Triton). Writes {@code provision-scale.csv}.
 *
 * <p>Arguments: {@code JAR REPEATS RESULTS_DIR [--quick] [--sizes 1,10,100,500] [--cloud NAME]
 * [--ansible-sizes 10,100] [--ansible-limit SECONDS] [--no-ansible] [--node-triton-sizes 10,100] [--no-node-triton]
 * [--openstack-cli-sizes 10,100] [--openstack-cli-limit SECONDS] [--no-openstack-cli]}; {@code --quick} is 1 and 10 servers,
 * Ansible at 10, one repeat: a smoke run that proves the benchmark works. An Ansible run still going after
 * {@code --ansible-limit} (600 s), or an openstack CLI run after {@code --openstack-cli-limit} (900 s), is stopped
 * and reported as a lower bound.
 */
public final class ProvisionScaleBenchmark {
    static final String TOOL = "cloudmaker";

    record Options(Path jar, int repeats, Path results, int[] sizes, BenchCloud cloud, int[] ansibleSizes,
                   Duration ansibleLimit, int[] nodeTritonSizes, int[] openStackCliSizes, Duration openStackCliLimit) {
        static Options parse(String[] args) {
            Path jar = Path.of(args.length > 0 ? args[0] : "cloudmaker-cli/target/cloudmaker.jar");
            int repeats = args.length > 1 ? Integer.parseInt(args[1]) : 3;
            Path results = Path.of(args.length > 2 ? args[2] : "bench/results");
            int[] sizes = {1, 10, 100, 500};
            int[] ansible = {10, 100};
            int[] nodeTriton = {10, 100};
            int[] openStackCli = {10, 100};
            Duration ansibleLimit = AnsibleProvisionBenchmark.DEFAULT_LIMIT;
            Duration openStackCliLimit = OpenStackCliProvisionBenchmark.DEFAULT_LIMIT;
            BenchCloud cloud = BenchClouds.named(BenchClouds.DEFAULT);
            boolean ansibleAsked = false;
            for (int i = 3; i < args.length; i++) {
                switch (args[i]) {
                    case "--quick" -> {
                        sizes = new int[] {1, 10};
                        ansible = new int[] {10};
                        nodeTriton = new int[] {10};
                        openStackCli = new int[] {10};
                        repeats = 1;
                    }
                    case "--sizes" -> sizes = ints(args[++i]);
                    case "--cloud" -> cloud = BenchClouds.named(args[++i]);
                    case "--ansible-sizes" -> {
                        ansible = ints(args[++i]);
                        ansibleAsked = true;
                    }
                    case "--no-ansible" -> ansible = new int[0];
                    case "--node-triton-sizes" -> nodeTriton = ints(args[++i]);
                    case "--no-node-triton" -> nodeTriton = new int[0];
                    case "--openstack-cli-sizes" -> openStackCli = ints(args[++i]);
                    case "--no-openstack-cli" -> openStackCli = new int[0];
                    case "--ansible-limit" -> ansibleLimit = Duration.ofSeconds(Long.parseLong(args[++i]));
                    case "--openstack-cli-limit" -> openStackCliLimit = Duration.ofSeconds(Long.parseLong(args[++i]));
                    default -> throw new IllegalArgumentException("unknown argument " + args[i]
                            + "; expected --quick, --sizes N,N.., --cloud NAME, --ansible-sizes N,N.., --ansible-limit SECONDS"
                            + ", --no-ansible, --node-triton-sizes N,N.., --no-node-triton, --openstack-cli-sizes N,N.."
                            + ", --openstack-cli-limit SECONDS or --no-openstack-cli");
                }
            }
            if (!cloud.type().equals(AnsibleProvisionBenchmark.CLOUD) && !cloud.type().equals(AwsBench.TYPE)) {
                if (ansibleAsked && ansible.length > 0) {
                    throw new IllegalArgumentException("--ansible-sizes: the Ansible comparison runs on "
                            + AnsibleProvisionBenchmark.CLOUD + " and " + AwsBench.TYPE + " only, not on " + cloud.type());
                }
                ansible = new int[0];
            }
            if (!cloud.type().equals(TritonBench.TYPE)) {
                nodeTriton = new int[0];
            }
            if (!cloud.type().equals(OpenStackBench.TYPE)) {
                openStackCli = new int[0];
            }
            return new Options(jar, repeats, results, sizes, cloud, ansible, ansibleLimit, nodeTriton, openStackCli,
                    openStackCliLimit);
        }

        private static int[] ints(String list) {
            return Arrays.stream(list.split(",")).mapToInt(s -> Integer.parseInt(s.trim())).toArray();
        }
    }

    public static void main(String[] args) throws Exception {
        Options o = Options.parse(args);
        Files.createDirectories(o.results());
        System.out.println(Machine.describe());
        List<ScaleRow> rows = run(new CliProcess(o.jar()), o.cloud(), o.sizes(), o.repeats());
        ScaleRow.store(o.results(), TOOL, rows);
        print(o.cloud(), rows);
        if (o.ansibleSizes().length > 0 && o.cloud() instanceof AwsBench) {
            AwsAnsibleProvisionBenchmark.runAndStore(o.ansibleSizes(), o.repeats(), o.ansibleLimit(), o.results(), rows);
        } else if (o.ansibleSizes().length > 0) {
            AnsibleProvisionBenchmark.runAndStore(o.ansibleSizes(), o.repeats(), o.ansibleLimit(), o.results(), rows);
        }
        if (o.nodeTritonSizes().length > 0) {
            NodeTritonProvisionBenchmark.runAndStore((TritonBench) o.cloud(), o.nodeTritonSizes(), o.repeats(), o.results(),
                    rows);
        }
        if (o.openStackCliSizes().length > 0) {
            OpenStackCliProvisionBenchmark.runAndStore((OpenStackBench) o.cloud(), o.openStackCliSizes(), o.repeats(),
                    o.openStackCliLimit(), o.results(), rows);
        }
    }

    static List<ScaleRow> run(CliProcess cli, BenchCloud cloud, int[] sizes, int repeats)
            throws IOException, InterruptedException {
        List<ScaleRow> rows = new ArrayList<>();
        for (int n : sizes) {
            List<ScaleRow> runs = new ArrayList<>();
            for (int r = 1; r <= repeats; r++) {
                System.err.printf(Locale.ROOT, "cloudmaker: provisioning %d servers (run %d of %d)...%n", n, r, repeats);
                ScaleRow row = once(cli, cloud, n, r);
                System.err.printf(Locale.ROOT, "  %.2f s, %d calls, %d answered 429%n", row.wallSeconds(), row.apiCalls(),
                        row.rateLimited());
                runs.add(row);
            }
            rows.add(ScaleRow.median(runs));
        }
        return rows;
    }

    private static ScaleRow once(CliProcess cli, BenchCloud cloud, int n, int repeat) throws IOException, InterruptedException {
        Path dir = Files.createTempDirectory("cloudmaker-scale-" + n);
        try (BenchEmulator emu = cloud.start(repeat, false)) {
            BenchDefinition.write(dir, n, cloud);
            CliProcess.Result r = cli.run(dir, "--api-url", emu.url().toString(), "provision", "--yes",
                    "--no-bootstrap", "--no-color");
            if (r.exitCode() != 0) {
                throw new IllegalStateException("provision of " + n + " servers failed (exit " + r.exitCode() + "):\n"
                        + r.output());
            }
            BenchDefinition.checkProvisioned(emu.account(), n, cloud);
            var stats = emu.stats();
            return new ScaleRow(TOOL, n, r.wall().toMillis() / 1000.0, stats.totalRequests(), stats.mutatingRequests(),
                    stats.rateLimited(), r.peakRssKb() / 1024, ProvisionFloor.seconds(cloud.floor(), n, repeat), true);
        } finally {
            BenchFiles.deleteTree(dir);
        }
    }

    static void print(BenchCloud cloud, List<ScaleRow> rows) {
        System.out.println(ScaleRow.HEADER);
        rows.forEach(r -> System.out.println(r.csv()));
        ScaleRow largest = rows.get(rows.size() - 1);
        System.out.printf(Locale.ROOT, "cloudmaker wall/floor at %d servers = %.2f (target ≤ 1.2 at 500): %s;"
                + " %d API calls, a minimal client makes %d%n", largest.servers(), largest.ratioToFloor(),
                largest.ratioToFloor() <= 1.2 ? "met" : "MISSED", largest.apiCalls(), ProvisionFloor.minimalCalls(cloud.floor(), largest.servers()));
        var one = rows.stream().filter(r -> r.servers() == 1).findFirst();
        var hundred = rows.stream().filter(r -> r.servers() == 100).findFirst();
        if (one.isPresent() && hundred.isPresent()) {
            double ratio = hundred.get().wallSeconds() / one.get().wallSeconds();
            System.out.printf(Locale.ROOT, "wall(100)/wall(1) = %.2f (target ≤ 2): %s%n", ratio, ratio <= 2 ? "met" : "MISSED");
        }
    }
}
