package dev.cloudmaker.bench;

import dev.cloudmaker.cli.SystemClient;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Benchmark 4: one trivial command over SSH on 1 and 8 local machines, cloudmaker and Ansible on the same
 * machines in the same run. cloudmaker: {@code cloudmaker exec -- true} through the real CLI jar (a new JVM
 * each run, MINA SSH, all machines at once). Ansible: {@code ansible -m command -a true} (OpenSSH) with its
 * default 5 forks and with {@code -f 8}, from the inventory {@code cloudmaker inventory --format ansible}
 * writes (pinned host keys, the definition's key). Ansible keeps its defaults, ControlPersist included: its
 * first run opens an OpenSSH master connection per machine that later runs within 60 s reuse; the
 * {@code forks-8-cold} mode gives every run an empty control folder, so each logs in afresh as cloudmaker does.
 *
 * <p>Wall time, median of REPEATS runs each. Memory: cloudmaker's JVM peak (VmHWM); Ansible's the peak of the
 * summed resident memory of its process tree (the controller, its forked workers and their ssh clients; shared
 * pages counted per process). Needs root on Linux; the machines live on bridge {@value #BRIDGE} and are
 * destroyed at the end, also when a run fails. Every address is checked to route through that bridge first.
 *
 * <p>Usage: {@code FanoutBenchmark JAR [REPEATS] [RESULTS_DIR]}; writes {@code fanout.csv}.
 */
public final class FanoutBenchmark {
    static final String BRIDGE = "cmbench2";
    private static final String SUBNET = "10.213.242.0/24";
    private static final int MACHINES = 8;

    private FanoutBenchmark() {
    }

    private record Scenario(String tool, String mode, int machines, List<String> args) {
    }

    public static void main(String[] args) throws Exception {
        CliProcess cli = new CliProcess(Path.of(args[0]));
        int repeats = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        Path results = Path.of(args.length > 2 ? args[2] : "bench/results");
        Files.createDirectories(results);
        String machine = Machine.describe();
        System.out.println(machine);
        Files.writeString(results.resolve("machine.txt"), machine + "\n");
        Path dir = Files.createTempDirectory("cloudmaker-bench-fanout");
        LocalMachineRuns.writeDefinition(dir, "bench-fanout", BRIDGE, SUBNET, MACHINES);
        List<String> csv = new ArrayList<>(List.of("tool,mode,machines,wall_s,peak_rss_mb"));
        try {
            LocalMachineRuns.check(cli.run(dir, "provision", "--yes", "--no-bootstrap"));
            for (String address : LocalMachineRuns.awaitLogins(cli, dir)) {
                LocalMachineRuns.requireRouteVia(address, BRIDGE);
            }
            Path hosts = writeAnsibleInventory(args[0], dir);
            boolean ansible = SystemClient.onPath("ansible", System.getenv());
            if (!ansible) {
                System.out.println("ansible is not installed: only cloudmaker's rows (apt-get install ansible for the comparison)");
            }
            double[] cloudmaker = new double[MACHINES + 1];
            for (Scenario s : scenarios(hosts)) {
                if (s.tool().equals("ansible") && !ansible) {
                    continue;
                }
                double[] walls = new double[repeats];
                double[] rss = new double[repeats];
                for (int r = 0; r < repeats; r++) {
                    CliProcess.Result run = run(cli, dir, s);
                    LocalMachineRuns.check(run);
                    walls[r] = run.wall().toNanos() / 1e9;
                    rss[r] = run.peakRssKb() / 1024.0;
                }
                double wall = LocalMachineRuns.median(walls);
                csv.add(String.format(Locale.ROOT, "%s,%s,%d,%.2f,%.0f", s.tool(), s.mode(), s.machines(), wall, LocalMachineRuns.median(rss)));
                if (s.tool().equals("cloudmaker")) {
                    cloudmaker[s.machines()] = wall;
                }
                System.out.printf(Locale.ROOT, "%-10s %-15s on %d machine(s): median %.2f s over %d runs%s%n", s.tool(), s.mode(),
                        s.machines(), wall, repeats, cloudmaker[s.machines()] > 0 && !s.tool().equals("cloudmaker")
                                ? String.format(Locale.ROOT, ", %.2fx cloudmaker's", wall / cloudmaker[s.machines()]) : "");
            }
        } finally {
            LocalMachineRuns.check(cli.run(dir, "destroy", "--yes"));
        }
        LocalMachineRuns.removeWorkspace(dir);
        Files.write(results.resolve("fanout.csv"), csv);
    }

    private static List<Scenario> scenarios(Path hosts) {
        List<String> ansible = List.of("ansible", "-i", hosts.toString(), "-m", "command", "-a", "true");
        List<Scenario> all = new ArrayList<>();
        all.add(new Scenario("cloudmaker", "parallel", 1, List.of("exec", "m01", "--", "true")));
        all.add(new Scenario("cloudmaker", "parallel", MACHINES, List.of("exec", "--all", "--", "true")));
        all.add(new Scenario("ansible", "forks-default", 1, with(ansible, "m01")));
        all.add(new Scenario("ansible", "forks-default", MACHINES, with(ansible, "all")));
        all.add(new Scenario("ansible", "forks-8", MACHINES, with(ansible, "all", "-f", Integer.toString(MACHINES))));
        all.add(new Scenario("ansible", "forks-8-cold", MACHINES, with(ansible, "all", "-f", Integer.toString(MACHINES))));
        return all;
    }

    private static List<String> with(List<String> command, String... more) {
        List<String> out = new ArrayList<>(command);
        out.addAll(List.of(more));
        return out;
    }

    private static CliProcess.Result run(CliProcess cli, Path dir, Scenario s) throws IOException, InterruptedException {
        if (s.tool().equals("cloudmaker")) {
            return cli.run(dir, s.args().toArray(String[]::new));
        }
        ProcessBuilder pb = new ProcessBuilder(s.args()).directory(dir.toFile());
        Map<String, String> env = pb.environment();
        env.put("ANSIBLE_NOCOLOR", "1");
        Path controlDir = null;
        if (s.mode().endsWith("-cold")) {
            controlDir = Files.createTempDirectory(dir, "cp");
            env.put("ANSIBLE_SSH_CONTROL_PATH_DIR", controlDir.toString());
        }
        try {
            return CliProcess.measureTree(pb);
        } finally {
            if (controlDir != null) {
                closeMasters(controlDir);
            }
        }
    }

    /** Ends the OpenSSH master connections a cold run left in its own control folder, then removes the folder. */
    private static void closeMasters(Path controlDir) throws IOException, InterruptedException {
        try (var sockets = Files.list(controlDir)) {
            for (Path socket : sockets.toList()) {
                new ProcessBuilder("ssh", "-o", "ControlPath=" + socket, "-O", "exit", "placeholder")
                        .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start().waitFor();
                Files.deleteIfExists(socket);
            }
        }
        Files.deleteIfExists(controlDir);
    }

    /** The inventory as a user makes it: {@code cloudmaker inventory --format ansible > hosts.json}. */
    private static Path writeAnsibleInventory(String jar, Path dir) throws IOException, InterruptedException {
        Path hosts = dir.resolve("hosts.json");
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", jar,
                "-C", dir.toString(), "inventory", "--format", "ansible")
                .redirectOutput(hosts.toFile()).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        if (p.waitFor() != 0) {
            throw new IllegalStateException("cloudmaker inventory --format ansible exited " + p.exitValue());
        }
        return hosts;
    }
}
