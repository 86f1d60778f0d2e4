package dev.cloudmaker.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;

/**
 * Help text that breaks lines only between words. Picocli's own wrapping breaks inside words at punctuation
 * ({@code cloud.json} became "cloud." and "json"), so picocli lays out each section on one long line and
 * this wraps it at spaces to the terminal's width (80 columns without a terminal), continuation lines
 * indented under the text they continue: a description column, an indented line, or the usage synopsis.
 */
final class HelpLayout {
    /** Wide enough that picocli never wraps. */
    private static final int UNWRAPPED = 10_000;

    private HelpLayout() {
    }

    /** Applies the layout to {@code cli} and every subcommand: on a terminal at its width (picocli asks it), else at 80. */
    static void apply(CommandLine cli, boolean terminal) {
        cli.setUsageHelpAutoWidth(terminal);
        int width = cli.getUsageHelpWidth();
        cli.setUsageHelpAutoWidth(false);
        cli.setUsageHelpWidth(UNWRAPPED);
        cli.setUsageHelpLongOptionsMaxWidth(40);
        wrapSections(cli, width);
    }

    private static void wrapSections(CommandLine cmd, int width) {
        Map<String, CommandLine.IHelpSectionRenderer> sections = cmd.getHelpSectionMap();
        sections.replaceAll((key, renderer) -> key.equals(CommandLine.Model.UsageMessageSpec.SECTION_KEY_SYNOPSIS)
                // the synopsis follows its heading ("Usage: ") on the same line
                ? help -> wrap(help.synopsisHeading() + renderer.render(help), width).substring(help.synopsisHeading().length())
                : help -> wrap(renderer.render(help), width));
        cmd.setHelpSectionMap(sections);
        cmd.getSubcommands().values().stream().distinct().forEach(sub -> wrapSections(sub, width));
    }

    static String wrap(String text, int width) {
        StringBuilder out = new StringBuilder();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                out.append('\n');
            }
            out.append(String.join("\n", wrapLine(lines[i], width)));
        }
        return out.toString();
    }

    private static List<String> wrapLine(String line, int width) {
        if (line.length() <= width) {
            return List.of(line);
        }
        String trimmed = line.stripTrailing();
        String indent = " ".repeat(Math.min(indentOf(trimmed), width / 2));
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        int start = 0;
        while (start < trimmed.length()) {
            // a word, with the spaces before it (kept as they are on the first line: they lay out the columns)
            int wordStart = start;
            while (wordStart < trimmed.length() && trimmed.charAt(wordStart) == ' ') {
                wordStart++;
            }
            int end = trimmed.indexOf(' ', wordStart);
            end = end < 0 ? trimmed.length() : end;
            String spaces = trimmed.substring(start, wordStart);
            String word = trimmed.substring(wordStart, end);
            boolean lineStart = current.toString().isBlank();
            if (!lineStart && current.length() + spaces.length() + word.length() > width) {
                out.add(current.toString());
                current = new StringBuilder(indent).append(word);
            } else {
                current.append(spaces).append(word);
            }
            start = end;
        }
        out.add(current.toString());
        return out;
    }

    /** Where a continuation starts: under a synopsis's first option, a description column, or a line's own indent. */
    private static int indentOf(String line) {
        if (line.startsWith("Usage: ")) {
            int firstOption = line.indexOf(" [");
            return firstOption < 0 ? "Usage: ".length() : firstOption + 1;
        }
        int text = 0;
        while (text < line.length() && line.charAt(text) == ' ') {
            text++;
        }
        int gap = line.indexOf("  ", text);
        if (gap < 0) {
            return text;
        }
        int column = gap;
        while (column < line.length() && line.charAt(column) == ' ') {
            column++;
        }
        return column;
    }
}
