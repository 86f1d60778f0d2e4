package dev.cloudmaker.bench.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** One benchmark's part of the report, made from its CSV file. */
interface Section {
    String title();

    /** The results file it reads, in the results folder. */
    String csvName();

    /** How the figures were measured, in a sentence or two. */
    String method();

    /** The section's tables, ratios and plot links; its plots go into {@code plots}. */
    Body render(CsvFile csv, Path plots) throws IOException;

    /** A section's Markdown and the targets it judged. */
    record Body(String markdown, List<Target> targets) {
    }
}
