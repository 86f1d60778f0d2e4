package dev.cloudmaker.bench.report;

import java.awt.Color;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Bars in groups: one group per category, one bar per series in each ({@code values[series][category]},
 * NaN where a series has no value), each bar labelled with its value.
 */
record BarChart(String title, String yLabel, List<String> categories, List<String> seriesNames, double[][] values) {

    void write(Path png) throws IOException {
        double max = 0;
        for (double[] row : values) {
            for (double v : row) {
                max = Double.isNaN(v) ? max : Math.max(max, v);
            }
        }
        ChartCanvas c = new ChartCanvas(title, yLabel, max * 1.1);
        int plotWidth = ChartCanvas.WIDTH - ChartCanvas.LEFT - ChartCanvas.RIGHT;
        int group = plotWidth / Math.max(1, categories.size());
        int bar = Math.min(60, (group - 20) / Math.max(1, seriesNames.size()));
        for (int k = 0; k < categories.size(); k++) {
            int groupLeft = ChartCanvas.LEFT + k * group + (group - bar * seriesNames.size()) / 2;
            for (int s = 0; s < seriesNames.size(); s++) {
                double v = values[s][k];
                if (Double.isNaN(v)) {
                    continue;
                }
                int x = groupLeft + s * bar;
                int top = c.y(v);
                c.g.setColor(ChartCanvas.PALETTE.get(s % ChartCanvas.PALETTE.size()));
                c.g.fillRect(x + 2, top, bar - 4, ChartCanvas.HEIGHT - ChartCanvas.BOTTOM - top);
                c.g.setColor(Color.BLACK);
                c.centred(String.format(java.util.Locale.ROOT, "%.2f", v), x + bar / 2, top - 4);
            }
            c.centred(categories.get(k), ChartCanvas.LEFT + k * group + group / 2, ChartCanvas.HEIGHT - ChartCanvas.BOTTOM + 18);
        }
        if (seriesNames.size() > 1) {
            c.legend(seriesNames);
        }
        c.write(png);
    }
}
