package dev.cloudmaker.bench.report;

import java.awt.Color;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** Lines through points, one per series; the x axis logarithmic when the values span decades. */
record LineChart(String title, String xLabel, String yLabel, boolean logX, List<Series> series) {

    /** A named line; a dashed one is a bound (a floor), not a measurement. */
    record Series(String name, List<double[]> points, boolean dashed) {
    }

    void write(Path png) throws IOException {
        double yMax = series.stream().flatMap(s -> s.points().stream()).mapToDouble(p -> p[1]).max().orElse(1);
        double[] xs = series.stream().flatMap(s -> s.points().stream()).mapToDouble(p -> p[0]).distinct().sorted().toArray();
        ChartCanvas c = new ChartCanvas(title, yLabel, yMax);
        double lo = xs.length == 0 ? 0 : scale(xs[0]);
        double hi = xs.length == 0 ? 1 : scale(xs[xs.length - 1]);
        int left = ChartCanvas.LEFT + 40;
        int width = ChartCanvas.WIDTH - ChartCanvas.RIGHT - 40 - left;
        java.util.function.DoubleToIntFunction px = x -> hi == lo ? left + width / 2
                : left + (int) Math.round((scale(x) - lo) / (hi - lo) * width);
        c.g.setColor(Color.BLACK);
        for (double x : xs) {
            c.centred(ChartCanvas.format(x), px.applyAsInt(x), ChartCanvas.HEIGHT - ChartCanvas.BOTTOM + 18);
        }
        for (int i = 0; i < series.size(); i++) {
            Series s = series.get(i);
            c.g.setColor(ChartCanvas.PALETTE.get(i % ChartCanvas.PALETTE.size()));
            c.stroke(2.5f, s.dashed());
            int[] prev = null;
            for (double[] p : s.points()) {
                int[] at = {px.applyAsInt(p[0]), c.y(p[1])};
                if (prev != null) {
                    c.g.drawLine(prev[0], prev[1], at[0], at[1]);
                }
                if (!s.dashed()) {
                    c.g.fillOval(at[0] - 4, at[1] - 4, 8, 8);
                }
                prev = at;
            }
        }
        c.stroke(1, false);
        c.legend(series.stream().map(Series::name).toList());
        c.xLabel(xLabel + (logX ? " (log scale)" : ""));
        c.write(png);
    }

    private double scale(double x) {
        return logX ? Math.log10(Math.max(x, 1e-9)) : x;
    }
}
