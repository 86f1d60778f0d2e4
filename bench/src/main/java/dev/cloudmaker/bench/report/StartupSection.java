package dev.cloudmaker.bench.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Benchmark 5: start-up through the launcher, without and with its start-up cache ({@code startup.csv}). */
final class StartupSection implements Section {
    static final String BEFORE = "plain";

    @Override
    public String title() {
        return "5. Start-up";
    }

    @Override
    public String csvName() {
        return "startup.csv";
    }

    @Override
    public String method() {
        return "`cloudmaker --version` and `cloudmaker validate` (a copy of examples/local) through the launcher `bin/cloudmaker`, "
                + "with its start-up cache off (`plain`, `CLOUDMAKER_JVM_CACHE=off`) and on (`aot`: the JDK 25 AOT cache; "
                + "`appcds`: a dynamic AppCDS archive on JDK 21-24). Median of at least ten runs, the launchers taking turns; "
                + "peak RSS of the JVM.";
    }

    @Override
    public Body render(CsvFile csv, Path plots) throws IOException {
        List<String> commands = csv.rows().stream().map(r -> r.text("command")).distinct().toList();
        List<String> launchers = csv.rows().stream().map(r -> r.text("launcher")).distinct().toList();
        MarkdownTable table = new MarkdownTable("command", "launcher", ">wall", ">peak RSS", ">vs plain");
        StringBuilder ratios = new StringBuilder();
        double[][] walls = new double[launchers.size()][commands.size()];
        for (double[] row : walls) {
            java.util.Arrays.fill(row, Double.NaN);
        }
        for (CsvFile.Row r : csv.rows()) {
            Optional<Double> plain = wall(csv, r.text("command"), BEFORE);
            boolean isPlain = r.text("launcher").equals(BEFORE);
            String vs = isPlain ? "" : plain.map(p -> Figures.ratio(r.number("wall_s") / p)).orElse("–");
            table.row("`" + r.text("command") + "`", r.text("launcher"), Figures.seconds(r.number("wall_s")),
                    Figures.mb(r.number("peak_rss_mb")), vs);
            walls[launchers.indexOf(r.text("launcher"))][commands.indexOf(r.text("command"))] = r.number("wall_s");
            if (!isPlain && plain.isPresent()) {
                ratios.append(String.format(Locale.ROOT, "- `%s`: %s → %s with %s (%s).%n", r.text("command"),
                        Figures.seconds(plain.get()), Figures.seconds(r.number("wall_s")), r.text("launcher"), vs));
            }
        }
        new BarChart("Start-up through bin/cloudmaker", "wall time (s)", commands.stream().map(c -> "cloudmaker " + c).toList(),
                new ArrayList<>(launchers), walls).write(plots.resolve("startup.png"));
        String md = table.render() + "\n" + ratios + "\nNo target is set for this benchmark; before/after is the answer.\n"
                + "\n![start-up wall time](performance/startup.png)\n";
        return new Body(md, List.of());
    }

    private static Optional<Double> wall(CsvFile csv, String command, String launcher) {
        return csv.rows().stream().filter(r -> r.text("command").equals(command) && r.text("launcher").equals(launcher))
                .map(r -> r.number("wall_s")).findFirst();
    }
}
