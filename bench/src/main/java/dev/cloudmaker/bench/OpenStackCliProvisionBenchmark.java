package dev.cloudmaker.bench;

import dev.cloudmaker.emulator.openstack.OpenStackEmulator;
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
 * The peer of benchmark 1 on OpenStack: Debian's {@code openstack} CLI ({@link #EXECUTABLE}, python-openstackclient
 * with python3-designateclient) making the same servers and names against the same emulator settings and seed (so it
 * meets the same boots), as users script it: the image's id and {@code openstack zone create} once, then per server
 * {@code openstack server create --wait} (a GET of the server every 5 s until ACTIVE, OPENSTACK-NOTES.md §8.1) and,
 * with the addresses it prints, {@code openstack recordset create} for the A and the AAAA record (§8.4); the servers
 * {@link #PARALLEL} at a time ({@code xargs -P}), as a user's shell loop with {@code &} and a cap, since every command
 * is a Python process of its own. It logs in with a clouds.yaml of its own ({@code OS_CLIENT_CONFIG_FILE},
 * {@code OS_CLOUD}) from an empty HOME, over loopback. Memory is the peak of the summed resident memory of the shells
 * and every openstack process at once. Rows {@code openstack-cli} in {@code provision-scale.csv}; skipped, saying so,
 * when the CLI or its Designate plugin is not installed.
 */
final class OpenStackCliProvisionBenchmark {
    static final String TOOL = "openstack-cli";
    static final Path EXECUTABLE = Path.of("/usr/bin/openstack");
    static final Path DESIGNATE_PLUGIN = Path.of("/usr/lib/python3/dist-packages/designateclient");
    static final int PARALLEL = 10;
    static final Duration DEFAULT_LIMIT = Duration.ofMinutes(15);
    private static final String CLOUD = "bench";

    private OpenStackCliProvisionBenchmark() {
    }

    /** Runs the openstack CLI at each size and stores its rows beside cloudmaker's; prints the ratio to cloudmaker's time. */
    static void runAndStore(OpenStackBench cloud, int[] sizes, int repeats, Duration limit, Path results,
                            List<ScaleRow> cloudmaker)
            throws IOException, InterruptedException {
        if (!Files.isExecutable(EXECUTABLE) || !Files.isDirectory(DESIGNATE_PLUGIN)) {
            System.err.println("the openstack CLI (" + EXECUTABLE + ", apt install python3-openstackclient"
                    + " python3-designateclient) is not installed; the openstack CLI comparison is skipped");
            return;
        }
        List<ScaleRow> rows = new ArrayList<>();
        for (int n : sizes) {
            List<ScaleRow> runs = new ArrayList<>();
            for (int r = 1; r <= repeats; r++) {
                System.err.printf(Locale.ROOT, "openstack CLI: creating %d servers with names (run %d of %d)...%n", n, r, repeats);
                ScaleRow row = once(cloud, n, r, limit, results);
                System.err.printf(Locale.ROOT, "  %.2f s, %d calls%s%n", row.wallSeconds(), row.apiCalls(),
                        row.finished() ? "" : ", NOT FINISHED");
                runs.add(row);
            }
            rows.add(ScaleRow.median(runs));
        }
        ScaleRow.store(results, TOOL, rows);
        System.out.println(ScaleRow.HEADER);
        rows.forEach(r -> System.out.println(r.csv()));
        for (ScaleRow peer : rows) {
            cloudmaker.stream().filter(c -> c.servers() == peer.servers()).findFirst().ifPresent(c -> System.out.printf(
                    Locale.ROOT, "%d servers: cloudmaker %.2f s, openstack CLI %s%.2f s (%.2fx), %d against %d API calls%n",
                    c.servers(), c.wallSeconds(), peer.finished() ? "" : "≥ ", peer.wallSeconds(),
                    peer.wallSeconds() / c.wallSeconds(), c.apiCalls(), peer.apiCalls()));
        }
    }

    /** One server's part, {@code server.sh NAME}: its create, then its A and AAAA records from the addresses printed. */
    static String serverScript() {
        return "set -e\n"
                + "out=$(\"$OS\" server create --image \"$IMAGE\" --flavor " + OpenStackBench.FLAVOR
                + " --wait -f value -c addresses \"$1\")\n"
                + "v4=$(echo \"$out\" | grep -oE '([0-9]{1,3}\\.){3}[0-9]{1,3}' | head -n1)\n"
                + "v6=$(echo \"$out\" | grep -oE '[0-9a-f]*:[0-9a-f:]+' | head -n1)\n"
                + "\"$OS\" recordset create --type A --record \"$v4\" -f value -c id " + BenchDefinition.ZONE + ". \"$1.bench\"\n"
                + "\"$OS\" recordset create --type AAAA --record \"$v6\" -f value -c id " + BenchDefinition.ZONE + ". \"$1.bench\"\n";
    }

    /**
     * The whole run: the newest image of the name (the CLI refuses a name several images share, as the emulator's
     * public {@code debian-12} ones do, so users look its id up once), the zone, then {@link #serverScript} for each
     * name, {@link #PARALLEL} servers at a time.
     */
    static String script() {
        return "set -e\n"
                + "export IMAGE=$(\"$OS\" image list --name " + OpenStackBench.IMAGE
                + " --sort created_at:desc --limit 1 -f value -c ID)\n"
                + "\"$OS\" zone create --email hostmaster@" + BenchDefinition.ZONE + " -f value -c id " + BenchDefinition.ZONE + ".\n"
                + "xargs -P " + PARALLEL + " -I NAME bash server.sh NAME < names.txt\n";
    }

    private static ScaleRow once(OpenStackBench cloud, int n, int repeat, Duration limit, Path results) throws IOException, InterruptedException {
        Path home = Files.createTempDirectory("cloudmaker-openstack-cli-" + n);
        try (OpenStackEmulator emu = OpenStackBench.emulator(repeat, false)) {
            Files.write(home.resolve("names.txt"), IntStream.rangeClosed(1, n).mapToObj(BenchDefinition::serverName).toList());
            Path cloudsYaml = Files.writeString(home.resolve("clouds.yaml"), cloudsYaml(emu));
            Files.writeString(home.resolve("server.sh"), serverScript());
            ProcessBuilder pb = new ProcessBuilder("bash", "-c", script()).directory(home.toFile());
            Map<String, String> env = pb.environment();
            env.clear(); // nothing of the user's OS_* or proxies
            env.put("PATH", "/usr/bin:/bin");
            env.put("HOME", home.toString());
            env.put("LANG", "C.UTF-8");
            env.put("OS", EXECUTABLE.toString());
            env.put("OS_CLIENT_CONFIG_FILE", cloudsYaml.toString());
            env.put("OS_CLOUD", CLOUD);
            env.put("no_proxy", "127.0.0.1,localhost");
            env.put("NO_PROXY", "127.0.0.1,localhost");
            CliProcess.Result run = CliProcess.measureTree(pb, limit);
            double wall = run.wall().toNanos() / 1e9;
            var stats = emu.stats();
            boolean done = run.finished() && run.exitCode() == 0;
            if (!done) {
                Path log = results.resolve("openstack-cli-" + n + "-" + repeat + (run.finished() ? "-failed" : "-unfinished") + ".log");
                Files.writeString(log, run.output());
                System.err.printf(Locale.ROOT, "the openstack CLI for %d servers %s after %.0f s: %d API calls, %d servers"
                        + " running; its output is in %s%n", n, run.finished() ? "failed (exit " + run.exitCode() + ")"
                        : "had not finished", wall, stats.totalRequests(),
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

    /** One cloud, {@code bench}: a password login to the emulator, as OpenStackFixture writes it for the CLI tests. */
    static String cloudsYaml(OpenStackEmulator emu) {
        return "clouds:\n  " + CLOUD + ":\n    auth:\n"
                + "      auth_url: \"" + emu.authUrl() + "\"\n"
                + "      username: \"" + emu.user() + "\"\n"
                + "      password: \"" + emu.password() + "\"\n"
                + "      project_name: \"" + emu.project() + "\"\n"
                + "      user_domain_name: \"" + emu.domain() + "\"\n"
                + "      project_domain_name: \"" + emu.domain() + "\"\n"
                + "    region_name: \"" + emu.region() + "\"\n"
                + "    interface: public\n    identity_api_version: 3\n";
    }
}
