package dev.cloudmaker.bench.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** Benchmarks 1 and 2: provisioning at scale, cloudmaker and Ansible, against the emulator ({@code provision-scale.csv}). */
final class ProvisionSection implements Section {
    static final int FLOOR_TARGET_SERVERS = 500;
    static final double FLOOR_TARGET = 1.2;
    static final int ANSIBLE_TARGET_SERVERS = 100;
    static final double ANSIBLE_TARGET = 5;

    @Override
    public String title() {
        return "1-2. Provision at scale: cloudmaker and Ansible";
    }

    @Override
    public String csvName() {
        return "provision-scale.csv";
    }

    @Override
    public String method() {
        return "N servers with one DNS name each, provisioned against the DigitalOcean emulator with its latency model "
                + "(per-call latency, boot delay, DigitalOcean's rate limits); cloudmaker through its CLI jar, Ansible through "
                + "the `community.digitalocean` modules pointed at the same emulator. The floor is the least time the rate "
                + "limit allows for the calls a minimal client must make (see `ProvisionScaleBenchmark`).";
    }

    @Override
    public Body render(CsvFile csv, Path plots) throws IOException {
        Map<Integer, CsvFile.Row> cloudmaker = byServers(csv, "cloudmaker");
        Map<Integer, CsvFile.Row> ansible = byServers(csv, "ansible");
        MarkdownTable table = new MarkdownTable(">servers", ">cloudmaker wall", ">floor", ">wall / floor", ">API calls",
                ">mutating", ">429s", ">peak RSS", ">Ansible wall", ">Ansible / cloudmaker");
        List<double[]> cm = new ArrayList<>();
        List<double[]> an = new ArrayList<>();
        List<double[]> floor = new ArrayList<>();
        for (Map.Entry<Integer, CsvFile.Row> e : cloudmaker.entrySet()) {
            CsvFile.Row r = e.getValue();
            Optional<CsvFile.Row> a = Optional.ofNullable(ansible.get(e.getKey()));
            table.row(Integer.toString(e.getKey()), Figures.seconds(r.number("wall_s")), Figures.seconds(r.number("floor_s")),
                    Figures.ratio(r.number("wall_s") / r.number("floor_s")), Figures.count(r.number("api_calls")),
                    Figures.count(r.number("mutating_calls")), Figures.count(r.number("rate_limited")), Figures.mb(r.number("peak_rss_mb")),
                    a.map(x -> atLeast(x) + Figures.seconds(x.number("wall_s")) + (finished(x) ? "" : " (stopped unfinished)")).orElse("–"),
                    a.map(x -> atLeast(x) + Figures.ratio(x.number("wall_s") / r.number("wall_s"))).orElse("–"));
            cm.add(new double[]{e.getKey(), r.number("wall_s")});
            floor.add(new double[]{e.getKey(), r.number("floor_s")});
        }
        ansible.forEach((n, r) -> an.add(new double[]{n, r.number("wall_s")}));
        List<LineChart.Series> series = new ArrayList<>(List.of(new LineChart.Series("cloudmaker", cm, false)));
        if (!an.isEmpty()) {
            String stopped = ansible.entrySet().stream().filter(e -> !finished(e.getValue()))
                    .map(e -> e.getKey() + " servers stopped at " + Figures.seconds(e.getValue().number("wall_s")))
                    .collect(java.util.stream.Collectors.joining(", "));
            series.add(new LineChart.Series(stopped.isEmpty() ? "Ansible" : "Ansible (" + stopped + ": a lower bound)", an, false));
        }
        series.add(new LineChart.Series("rate-limit floor", floor, true));
        new LineChart("Provision: wall time vs servers", "servers", "wall time (s)", true, series).write(plots.resolve("provision.png"));

        List<Target> targets = List.of(floorTarget(cloudmaker), ansibleTarget(cloudmaker, ansible));
        StringBuilder md = new StringBuilder(table.render()).append('\n');
        ansible.keySet().stream().filter(cloudmaker::containsKey).forEach(n -> md.append(String.format(java.util.Locale.ROOT,
                "- %d servers: Ansible takes %s%s the time of cloudmaker%s.%n", n, finished(ansible.get(n)) ? "" : "at least ",
                Figures.ratio(ansible.get(n).number("wall_s") / cloudmaker.get(n).number("wall_s")),
                finished(ansible.get(n)) ? "" : " (it was stopped unfinished at the benchmark's time limit)")));
        md.append("\n![provision wall time vs servers](performance/provision.png)\n");
        return new Body(md.toString(), targets);
    }

    private static Target floorTarget(Map<Integer, CsvFile.Row> cloudmaker) {
        String goal = "cloudmaker's wall time at " + FLOOR_TARGET_SERVERS + " servers over the rate-limit floor";
        CsvFile.Row r = cloudmaker.get(FLOOR_TARGET_SERVERS);
        return r == null ? Target.notMeasured("provision", goal, FLOOR_TARGET, true)
                : new Target("provision", goal, r.number("wall_s") / r.number("floor_s"), FLOOR_TARGET, true);
    }

    private static Target ansibleTarget(Map<Integer, CsvFile.Row> cloudmaker, Map<Integer, CsvFile.Row> ansible) {
        String goal = "Ansible's wall time over cloudmaker's at " + ANSIBLE_TARGET_SERVERS + " servers";
        CsvFile.Row c = cloudmaker.get(ANSIBLE_TARGET_SERVERS);
        CsvFile.Row a = ansible.get(ANSIBLE_TARGET_SERVERS);
        if (c == null || a == null) {
            return Target.notMeasured("provision vs Ansible", goal, ANSIBLE_TARGET, false);
        }
        double ratio = a.number("wall_s") / c.number("wall_s");
        return finished(a) ? new Target("provision vs Ansible", goal, ratio, ANSIBLE_TARGET, false)
                : Target.lowerBound("provision vs Ansible", goal, ratio, ANSIBLE_TARGET);
    }

    /** A run stopped at the benchmark's time limit is 0 in {@code finished}: its wall time is a lower bound. */
    static boolean finished(CsvFile.Row r) {
        return r.number("finished") == 1;
    }

    private static String atLeast(CsvFile.Row r) {
        return finished(r) ? "" : "≥ ";
    }

    private static Map<Integer, CsvFile.Row> byServers(CsvFile csv, String tool) {
        Map<Integer, CsvFile.Row> rows = new TreeMap<>();
        csv.rows().stream().filter(r -> r.text("tool").equals(tool)).forEach(r -> rows.put((int) r.number("servers"), r));
        return rows;
    }
}
