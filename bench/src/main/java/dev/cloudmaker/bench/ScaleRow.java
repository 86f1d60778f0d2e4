package dev.cloudmaker.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * One line of {@code provision-scale.csv}: one tool making {@code servers} servers, median of the repeats.
 * {@code finished} is false for a run stopped at the benchmark's time limit: its wall time is then that
 * limit, a lower bound of the tool's time.
 */
record ScaleRow(String tool, int servers, double wallSeconds, long apiCalls, long mutatingCalls, long rateLimited,
                long peakRssMb, double floorSeconds, boolean finished) {
    static final String FILE = "provision-scale.csv";
    static final String HEADER = "tool,servers,wall_s,api_calls,mutating_calls,rate_limited,peak_rss_mb,floor_s,finished";

    String csv() {
        return String.format(Locale.ROOT, "%s,%d,%.2f,%d,%d,%d,%d,%.2f,%d", tool, servers, wallSeconds, apiCalls,
                mutatingCalls, rateLimited, peakRssMb, floorSeconds, finished ? 1 : 0);
    }

    double ratioToFloor() {
        return wallSeconds / floorSeconds;
    }

    static ScaleRow median(List<ScaleRow> runs) {
        List<ScaleRow> sorted = runs.stream().sorted(Comparator.comparingDouble(ScaleRow::wallSeconds)).toList();
        return sorted.get(sorted.size() / 2);
    }

    /**
     * Writes {@code rows} for their tool into the results file, keeping the other tools' lines, so the
     * cloudmaker and Ansible runs can each (re)write their part in any order.
     */
    static void store(Path resultsDir, String tool, List<ScaleRow> rows) throws IOException {
        Path file = resultsDir.resolve(FILE);
        List<String> lines = new ArrayList<>(List.of(HEADER));
        if (Files.exists(file)) {
            Files.readAllLines(file).stream().skip(1).filter(l -> !l.isBlank() && !l.startsWith(tool + ","))
                    .forEach(lines::add);
        }
        rows.forEach(r -> lines.add(r.csv()));
        List<String> body = new ArrayList<>(lines.subList(1, lines.size()));
        body.sort(Comparator.comparing((String l) -> l.substring(0, l.indexOf(',')))
                .thenComparingInt(l -> Integer.parseInt(l.split(",")[1])));
        List<String> out = new ArrayList<>(List.of(HEADER));
        out.addAll(body);
        Files.createDirectories(resultsDir);
        Files.write(file, out);
    }
}
