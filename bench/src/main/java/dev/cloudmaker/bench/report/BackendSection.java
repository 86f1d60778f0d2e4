package dev.cloudmaker.bench.report;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** Issue 19: a no-op provision with the state in PostgreSQL against local files, and the lease's latency ({@code backend.csv}). */
final class BackendSection implements Section {
    /** The backend may cost at most 30 % over local files. */
    static final double RATIO_TARGET = 1.3;

    @Override
    public String title() {
        return "6. Shared state in PostgreSQL";
    }

    @Override
    public String csvName() {
        return "backend.csv";
    }

    @Override
    public String method() {
        return "the no-op re-run of benchmark 3, once with the state in local files and once with `--backend` on a throwaway "
                + "PostgreSQL on loopback (`bench/backend`), alternating on the same seeded emulator state; then the lease's acquire "
                + "and release, in-process, medians of 200 rounds.";
    }

    @Override
    public Body render(CsvFile csv, Path plots) {
        List<CsvFile.Row> rows = new ArrayList<>(csv.rows());
        rows.sort(Comparator.comparingDouble(r -> r.number("servers")));
        MarkdownTable table = new MarkdownTable(">servers", ">files", ">backend", ">ratio", ">lease acquire", ">lease release");
        for (CsvFile.Row r : rows) {
            table.row(Figures.count(r.number("servers")), Figures.seconds(r.number("files_s")), Figures.seconds(r.number("backend_s")),
                    Figures.ratio(r.number("ratio")), String.format(Locale.ROOT, "%.2f ms", r.number("acquire_ms")),
                    String.format(Locale.ROOT, "%.2f ms", r.number("release_ms")));
        }
        String goal = "no-op provision with the PostgreSQL backend over local files, largest size";
        Target target = rows.isEmpty() ? Target.notMeasured("backend", goal, RATIO_TARGET, true)
                : new Target("backend", goal, rows.getLast().number("ratio"), RATIO_TARGET, true);
        return new Body(table.render(), List.of(target));
    }
}
