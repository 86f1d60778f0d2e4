package dev.cloudmaker.release;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The README's quick start, read as the tests run it: its shell blocks as command lines. */
final class QuickStart {
    private static final Pattern SH_BLOCK = Pattern.compile("```sh\\n(.*?)```", Pattern.DOTALL);

    private QuickStart() {
    }

    /** The first two shell blocks after "## Quick start". */
    static List<List<String>> blocks(Path readme) throws IOException {
        String text = Files.readString(readme);
        Matcher m = SH_BLOCK.matcher(text.substring(text.indexOf("## Quick start")));
        List<List<String>> blocks = new ArrayList<>();
        while (blocks.size() < 2 && m.find()) {
            blocks.add(commands(m.group(1)));
        }
        assertThat(blocks).as("two ```sh blocks in the README's quick start").hasSize(2);
        return blocks;
    }

    /** The command lines of a shell text: comments and blank lines dropped, trailing comments cut. */
    static List<String> commands(String shell) {
        return shell.lines().map(l -> l.replaceFirst("\\s+#.*$", "").strip())
                .filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
    }
}
