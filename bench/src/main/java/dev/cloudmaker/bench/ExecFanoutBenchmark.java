package dev.cloudmaker.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code cloudmaker exec} of a trivial command on one local machine, on all twenty at once, and on all
 * twenty one after another ({@code --parallel 1}), through the real CLI jar: the wall time a user waits,
 * JVM start included, median of REPEATS runs each. Needs root on Linux; the machines live on a bridge
 * and subnet of their own and are destroyed at the end, also when a run fails.
 *
 * <p>Usage: {@code ExecFanoutBenchmark JAR [REPEATS] [RESULTS_DIR]}.
 */
public final class ExecFanoutBenchmark {
    private static final int MACHINES = 20;

    private ExecFanoutBenchmark() {
    }

    private record Scenario(String name, int servers, List<String> args) {
    }

    public static void main(String[] args) throws Exception {
        CliProcess cli = new CliProcess(Path.of(args[0]));
        int repeats = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        Path results = Path.of(args.length > 2 ? args[2] : "bench/results");
        Files.createDirectories(results);
        System.out.println(Machine.describe());
        Path dir = Files.createTempDirectory("cloudmaker-bench-exec");
        LocalMachineRuns.writeDefinition(dir, "bench-exec", "cmbench1", "10.213.245.0/24", MACHINES);
        List<Scenario> scenarios = List.of(
                new Scenario("one server", 1, List.of("exec", "m01", "--", "true")),
                new Scenario("all, in parallel", MACHINES, List.of("exec", "--all", "--", "true")),
                new Scenario("all, one at a time", MACHINES, List.of("exec", "--all", "--parallel", "1", "--", "true")));
        List<String> csv = new ArrayList<>(List.of("scenario,servers,repeat,wall_s,peak_rss_mb"));
        double[] medians = new double[scenarios.size()];
        // cloudmaker itself raises the host's inotify limit the twenty machines need (HostLimits)
        measure(cli, dir, scenarios, repeats, csv, medians);
        Files.write(results.resolve("exec-fanout.csv"), csv);
        System.out.printf(Locale.ROOT, "all %d in parallel took %.2fx the time of one; one at a time %.2fx%n",
                MACHINES, medians[1] / medians[0], medians[2] / medians[0]);
    }

    /** Provisions the machines, runs every scenario {@code repeats} times, and destroys them whatever happens. */
    private static void measure(CliProcess cli, Path dir, List<Scenario> scenarios, int repeats, List<String> csv, double[] medians)
            throws Exception {
        try {
            LocalMachineRuns.check(cli.run(dir, "provision", "--yes", "--no-bootstrap"));
            LocalMachineRuns.awaitLogins(cli, dir);
            for (int i = 0; i < scenarios.size(); i++) {
                Scenario s = scenarios.get(i);
                double[] walls = new double[repeats];
                for (int r = 0; r < repeats; r++) {
                    CliProcess.Result run = cli.run(dir, s.args().toArray(String[]::new));
                    LocalMachineRuns.check(run);
                    walls[r] = run.wall().toNanos() / 1e9;
                    csv.add(String.format(Locale.ROOT, "%s,%d,%d,%.3f,%.0f", s.name(), s.servers(), r + 1, walls[r], run.peakRssKb() / 1024.0));
                }
                medians[i] = LocalMachineRuns.median(walls);
                System.out.printf(Locale.ROOT, "exec on %-20s (%2d servers): median %.2f s over %d runs%n", s.name(), s.servers(), medians[i], repeats);
            }
        } finally {
            LocalMachineRuns.check(cli.run(dir, "destroy", "--yes"));
        }
    }
}
