package dev.cloudmaker.bench.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/** Benchmark 4: one command over SSH on local machines, cloudmaker exec and Ansible ad-hoc ({@code fanout.csv}). */
final class FanoutSection implements Section {
    @Override
    public String title() {
        return "4. SSH fan-out on local machines: cloudmaker exec and Ansible";
    }

    @Override
    public String csvName() {
        return "fanout.csv";
    }

    @Override
    public String method() {
        return "`true` run on 1 and 8 local machines (systemd-nspawn, Debian 12) provisioned by cloudmaker, in the same run: "
                + "`cloudmaker exec --all -- true` (a new JVM each time, MINA SSH) and `ansible all -m command -a true` with its "
                + "default 5 forks and with `-f 8`, from the inventory `cloudmaker inventory --format ansible` writes. Ansible keeps "
                + "its defaults: OpenSSH with ControlPersist, so its runs after the first reuse the master connections the first "
                + "opened; `forks-8-cold` gives every run an empty control folder, so each logs in afresh as cloudmaker does. "
                + "Wall time a user waits, median over the repeats; peak RSS of cloudmaker's JVM, and of Ansible's process tree "
                + "summed (controller, workers, ssh clients).";
    }

    @Override
    public Body render(CsvFile csv, Path plots) throws IOException {
        MarkdownTable table = new MarkdownTable("tool", "mode", ">machines", ">wall", ">peak RSS", ">vs cloudmaker");
        Map<String, Map<Integer, Double>> wallBySeries = new LinkedHashMap<>();
        TreeSet<Integer> machines = new TreeSet<>();
        for (CsvFile.Row r : csv.rows()) {
            wallBySeries.computeIfAbsent(r.text("tool") + " " + r.text("mode"), k -> new LinkedHashMap<>())
                    .put((int) r.number("machines"), r.number("wall_s"));
            machines.add((int) r.number("machines"));
        }
        StringBuilder ratios = new StringBuilder();
        for (CsvFile.Row r : csv.rows()) {
            int n = (int) r.number("machines");
            Optional<Double> cloudmaker = cloudmakerWall(csv, n);
            String vs = r.text("tool").equals("cloudmaker") ? "" : cloudmaker.map(c -> Figures.ratio(r.number("wall_s") / c)).orElse("–");
            table.row(r.text("tool"), r.text("mode"), Integer.toString(n), Figures.seconds(r.number("wall_s")),
                    Figures.mb(r.number("peak_rss_mb")), vs);
            if (!vs.isEmpty() && !vs.equals("–")) {
                ratios.append(String.format(Locale.ROOT, "- %d machine(s): Ansible (%s) takes %s the time of cloudmaker exec.%n",
                        n, r.text("mode"), vs));
            }
        }
        List<Integer> groups = new ArrayList<>(machines);
        List<String> names = new ArrayList<>(wallBySeries.keySet());
        double[][] values = new double[names.size()][groups.size()];
        for (int s = 0; s < names.size(); s++) {
            for (int g = 0; g < groups.size(); g++) {
                values[s][g] = wallBySeries.get(names.get(s)).getOrDefault(groups.get(g), Double.NaN);
            }
        }
        new BarChart("SSH fan-out: wall time of one command", "wall time (s)",
                groups.stream().map(n -> n + (n == 1 ? " machine" : " machines")).toList(), names, values)
                .write(plots.resolve("fanout.png"));
        String md = table.render() + "\n" + ratios + "\nNo target is set for this benchmark; the ratios above are the answer.\n"
                + "\n![fan-out wall time](performance/fanout.png)\n";
        return new Body(md, List.of());
    }

    private static Optional<Double> cloudmakerWall(CsvFile csv, int machines) {
        return csv.rows().stream().filter(r -> r.text("tool").equals("cloudmaker") && (int) r.number("machines") == machines)
                .map(r -> r.number("wall_s")).findFirst();
    }
}
