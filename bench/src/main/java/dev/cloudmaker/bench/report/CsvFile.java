package dev.cloudmaker.bench.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A benchmark's results file: a header line, then one row per line, comma separated, no quoting (the
 * agreed files hold names and numbers only), {@code .} as decimal point. Errors name the file, the line
 * and the column.
 */
record CsvFile(String name, List<String> header, List<Row> rows) {

    /** One line of the file, by column name. */
    record Row(String file, int line, Map<String, String> values) {
        String text(String column) {
            String v = values.get(column);
            if (v == null) {
                throw new IllegalArgumentException(file + " line " + line + ": no column '" + column
                        + "'; the header must name it (columns: " + String.join(",", values.keySet()) + ")");
            }
            return v;
        }

        double number(String column) {
            String v = text(column);
            try {
                return Double.parseDouble(v);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(file + " line " + line + ": column " + column + " is '" + v
                        + "', not a number; write numbers with '.' as decimal point", e);
            }
        }
    }

    static CsvFile read(Path file) throws IOException {
        return parse(file.getFileName().toString(), Files.readAllLines(file));
    }

    static CsvFile parse(String name, List<String> lines) {
        if (lines.isEmpty() || lines.getFirst().isBlank()) {
            throw new IllegalArgumentException(name + " line 1: no header; the first line names the columns");
        }
        List<String> header = Arrays.stream(lines.getFirst().split(",", -1)).map(String::trim).toList();
        List<Row> rows = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) {
                continue;
            }
            String[] cells = lines.get(i).split(",", -1);
            if (cells.length != header.size()) {
                throw new IllegalArgumentException(name + " line " + (i + 1) + ": " + cells.length + " values for "
                        + header.size() + " columns (" + String.join(",", header) + ")");
            }
            Map<String, String> values = new LinkedHashMap<>();
            for (int c = 0; c < cells.length; c++) {
                values.put(header.get(c), cells[c].trim());
            }
            rows.add(new Row(name, i + 1, values));
        }
        return new CsvFile(name, header, rows);
    }
}
