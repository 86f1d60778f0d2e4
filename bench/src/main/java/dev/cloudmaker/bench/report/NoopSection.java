package dev.cloudmaker.bench.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Benchmark 3: a re-run with nothing to change ({@code noop.csv}). */
final class NoopSection implements Section {
    /** At most one more call for each more list page: calls follow pages, not servers. */
    static final double CALLS_PER_PAGE_TARGET = 1;

    @Override
    public String title() {
        return "3. No-op re-run";
    }

    @Override
    public String csvName() {
        return "noop.csv";
    }

    @Override
    public String method() {
        return "`provision` again on servers that already exist as cloud.json says, against the emulator: nothing to change. "
                + "`pages` is how many list pages the emulator served for that state.";
    }

    @Override
    public Body render(CsvFile csv, Path plots) throws IOException {
        List<CsvFile.Row> rows = new ArrayList<>(csv.rows());
        rows.sort(Comparator.comparingDouble(r -> r.number("servers")));
        MarkdownTable table = new MarkdownTable(">servers", ">wall", ">API calls", ">list pages", ">peak RSS");
        List<double[]> calls = new ArrayList<>();
        List<double[]> pages = new ArrayList<>();
        for (CsvFile.Row r : rows) {
            table.row(Figures.count(r.number("servers")), Figures.seconds(r.number("wall_s")), Figures.count(r.number("api_calls")),
                    Figures.count(r.number("pages")), Figures.mb(r.number("peak_rss_mb")));
            calls.add(new double[]{r.number("servers"), r.number("api_calls")});
            pages.add(new double[]{r.number("servers"), r.number("pages")});
        }
        new LineChart("No-op re-run: API calls vs servers", "servers", "count", false,
                List.of(new LineChart.Series("API calls", calls, false), new LineChart.Series("list pages", pages, false)))
                .write(plots.resolve("noop.png"));
        Target target = target(rows);
        String md = table.render() + "\n" + (target.measured() ? String.format(java.util.Locale.ROOT,
                "From %s to %s servers the calls grew by %s for %s more list pages.%n",
                Figures.count(rows.getFirst().number("servers")), Figures.count(rows.getLast().number("servers")),
                Figures.count(delta(rows, "api_calls")), Figures.count(delta(rows, "pages"))) : "")
                + "\n![no-op API calls vs servers](performance/noop.png)\n";
        return new Body(md, List.of(target));
    }

    /** Extra calls per extra page between the smallest and the largest state. */
    static Target target(List<CsvFile.Row> sorted) {
        String goal = "extra API calls per extra list page, smallest to largest state (calls grow with pages, not servers)";
        if (sorted.size() < 2) {
            return Target.notMeasured("no-op", goal, CALLS_PER_PAGE_TARGET, true);
        }
        double calls = delta(sorted, "api_calls");
        double pages = delta(sorted, "pages");
        double ratio = pages > 0 ? calls / pages : calls <= 0 ? 0 : Double.POSITIVE_INFINITY;
        return new Target("no-op", goal, ratio, CALLS_PER_PAGE_TARGET, true);
    }

    private static double delta(List<CsvFile.Row> sorted, String column) {
        return sorted.getLast().number(column) - sorted.getFirst().number(column);
    }
}
