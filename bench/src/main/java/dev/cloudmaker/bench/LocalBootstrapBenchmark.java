package dev.cloudmaker.bench;

import dev.cloudmaker.core.time.Waiter;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Time to SSH-ready and to fully bootstrapped (hardening baseline) for 1 and for 8 local machines,
 * through the real CLI jar, and the CLI's peak memory. Needs root on Linux; machines live on a
 * bridge and subnet of their own and are destroyed after each round.
 *
 * <p>Usage: {@code LocalBootstrapBenchmark JAR [REPEATS] [RESULTS_DIR] [IMAGE]}; the image is {@code debian-12} unless given.
 */
public final class LocalBootstrapBenchmark {
    private static final int[] SIZES = {1, 8};

    private LocalBootstrapBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        CliProcess cli = new CliProcess(Path.of(args[0]));
        int repeats = args.length > 1 ? Integer.parseInt(args[1]) : 1;
        Path results = Path.of(args.length > 2 ? args[2] : "bench/results");
        String image = args.length > 3 ? args[3] : "debian-12";
        Files.createDirectories(results);
        List<String> csv = new ArrayList<>(List.of("image,machines,repeat,created_s,ssh_ready_s,bootstrapped_s,peak_rss_mb,machine_cpu_s"));
        // the apt proxy keeps its cache across rounds, as it does for users; warm it so rounds compare alike
        round(cli, image, 1);
        double[] median = new double[SIZES.length];
        double[] cpuPerMachine = new double[SIZES.length];
        for (int i = 0; i < SIZES.length; i++) {
            List<double[]> rounds = new ArrayList<>();
            for (int r = 1; r <= repeats; r++) {
                double[] m = round(cli, image, SIZES[i]);
                rounds.add(m);
                csv.add(String.format(Locale.ROOT, "%s,%d,%d,%.2f,%.2f,%.2f,%.0f,%.2f", image, SIZES[i], r, m[0], m[1], m[2], m[3], m[4]));
                System.out.printf(Locale.ROOT, "%s, %d machine(s): created %.1f s, SSH-ready %.1f s, bootstrapped %.1f s, CLI peak RSS %.0f MB,"
                        + " CPU inside the machines %.1f s%n", image, SIZES[i], m[0], m[1], m[2], m[3], m[4]);
            }
            median[i] = LocalMachineRuns.median(rounds.stream().mapToDouble(m -> m[2]).toArray());
            cpuPerMachine[i] = LocalMachineRuns.median(rounds.stream().mapToDouble(m -> m[4]).toArray()) / SIZES[i];
        }
        int cores = Runtime.getRuntime().availableProcessors();
        double floor = SIZES[1] * cpuPerMachine[1] / cores;
        System.out.printf(Locale.ROOT, "8 machines bootstrapped in %.2fx the time of one (target <= 2.5x; medians of %d)%n",
                median[1] / median[0], repeats);
        // the machines' own work (boot, cloud-init, the bootstrap's commands) shares this host's cores
        System.out.printf(Locale.ROOT, "CPU floor on %d cores: 8 x %.1f s machine CPU / %d = %.1f s, i.e. %.2fx the time of one%n",
                cores, cpuPerMachine[1], cores, floor, floor / median[0]);
        // the fewest cores on which that CPU alone fits in 2.5x one machine's time
        System.out.printf(Locale.ROOT, "2.5x needs at least %.0f cores at this CPU per machine%n",
                Math.ceil(SIZES[1] * cpuPerMachine[1] / (2.5 * median[0])));
        Files.write(results.resolve("local-bootstrap-" + image + ".csv"), csv);
    }

    /** created, SSH-ready and bootstrapped seconds from the start, and the CLI's peak RSS in MB. */
    private static double[] round(CliProcess cli, String image, int n) throws Exception {
        Path dir = Files.createTempDirectory("cloudmaker-bench-local");
        StringBuilder servers = new StringBuilder();
        for (int i = 1; i <= n; i++) {
            servers.append(i > 1 ? ", " : "").append("\"m").append(i).append("\": {}");
        }
        Files.writeString(dir.resolve("cloud.json"), """
                {"provider": "local", "namespace": "bench-%d",
                 "local": {"bridge": "cmbench0", "subnet": "10.213.252.0/24"},
                 "defaults": {"region": "local", "size": "local-1gb", "image": "%s"},
                 "servers": {%s}}
                """.formatted(n, image, servers));
        long started = System.nanoTime();
        try {
            CliProcess.Result created = cli.run(dir, "provision", "--yes", "--no-bootstrap");
            LocalMachineRuns.check(created);
            double createdS = seconds(started);
            for (String address : LocalMachineRuns.addresses(dir)) {
                Waiter.waitingFor("SSH on " + address, Duration.ofMinutes(2))
                        .polling(Duration.ofMillis(50), Duration.ofMillis(200))
                        .until(() -> LocalMachineRuns.sshBanner(address), up -> up, up -> "no SSH banner yet");
            }
            double sshReadyS = seconds(started);
            CliProcess.Result boot = cli.run(dir, "bootstrap");
            LocalMachineRuns.check(boot);
            double bootstrappedS = seconds(started);
            return new double[] {createdS, sshReadyS, bootstrappedS, Math.max(created.peakRssKb(), boot.peakRssKb()) / 1024.0,
                    machineCpuSeconds("cloudmaker:bench-" + n)};
        } finally {
            LocalMachineRuns.check(cli.run(dir, "destroy", "--yes"));
        }
    }

    /** CPU time spent inside the namespace's machines so far, from their cgroups (cgroup v2 hierarchy). */
    private static double machineCpuSeconds(String namespaceTag) throws IOException {
        Path machines = Path.of("/var/lib/cloudmaker/local/machines");
        long usec = 0;
        try (var dirs = Files.list(machines)) {
            for (Path m : dirs.toList()) {
                Path record = m.resolve("machine.json");
                if (!Files.exists(record) || !Files.readString(record).contains("\"" + namespaceTag + "\"")) {
                    continue;
                }
                for (String unified : List.of("/sys/fs/cgroup/unified/cloudmaker/", "/sys/fs/cgroup/cloudmaker/")) {
                    Path stat = Path.of(unified + m.getFileName() + "/cpu.stat");
                    if (Files.exists(stat)) {
                        usec += Files.readAllLines(stat).stream().filter(l -> l.startsWith("usage_usec "))
                                .mapToLong(l -> Long.parseLong(l.substring("usage_usec ".length()).strip())).sum();
                        break;
                    }
                }
            }
        }
        return usec / 1e6;
    }

    private static double seconds(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1e9;
    }
}
