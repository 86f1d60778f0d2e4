package dev.cloudmaker.bench.report;

import java.util.ArrayList;
import java.util.List;

/** A Markdown table; columns whose header starts with '>' are right-aligned (the '>' is not shown). */
final class MarkdownTable {
    private final List<String> header;
    private final List<List<String>> rows = new ArrayList<>();

    MarkdownTable(String... header) {
        this.header = List.of(header);
    }

    MarkdownTable row(String... cells) {
        if (cells.length != header.size()) {
            throw new IllegalArgumentException(cells.length + " cells for " + header.size() + " columns");
        }
        rows.add(List.of(cells));
        return this;
    }

    String render() {
        StringBuilder out = new StringBuilder("|");
        StringBuilder rule = new StringBuilder("|");
        for (String h : header) {
            boolean right = h.startsWith(">");
            out.append(' ').append(right ? h.substring(1) : h).append(" |");
            rule.append(right ? "---:|" : "---|");
        }
        out.append('\n').append(rule).append('\n');
        for (List<String> r : rows) {
            out.append("| ").append(String.join(" | ", r)).append(" |\n");
        }
        return out.toString();
    }
}
