package dev.cloudmaker.ssh.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ShellQuoteTest {
    /** Runs {@code script} with the local /bin/sh and returns what it printed. */
    private static String sh(String script) throws IOException, InterruptedException {
        assumeTrue(Files.isExecutable(Path.of("/bin/sh")), "needs /bin/sh");
        Process p = new ProcessBuilder("/bin/sh", "-c", script).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor()).as("exit of: %s", script).isZero();
        return out;
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "plain", "two words", "it's", "'", "''", "\"", "\\", "\\'", "$HOME", "${PATH}",
            "$(touch /tmp/cloudmaker-pwned)", "`id`", "a;b|c&d", "*", "~", "~root", "-n", "--", "!", "#comment",
            "tab\there", "line\nbreak", "trailing newline\n", "ümlaut ✓ 💥", "a'b\"c$d`e\\f", "%s%n", "=", "a=b", "{a,b}", "[x]"})
    void anyValueSurvivesTheShellUnchanged(String value) throws Exception {
        assertThat(sh("printf '%s' " + ShellQuote.quote(value))).isEqualTo(value);
    }

    @ParameterizedTest
    @ValueSource(strings = {"it's", "$(id)", "a b", "x'; rm -rf / #"})
    void survivesTheSudoWrapperToo(String value) throws Exception {
        // RemoteHost quotes a command that already holds quoted words, for sh -c behind sudo.
        String inner = "printf '%s' " + ShellQuote.quote(value);
        assertThat(sh("sh -c " + ShellQuote.quote(inner))).isEqualTo(value);
    }

    @Test
    void safeWordsStayBareForReadableLogs() {
        assertThat(ShellQuote.quote("22/tcp")).isEqualTo("22/tcp");
        assertThat(ShellQuote.quote("/etc/ssh/sshd_config.d/00-cloudmaker.conf")).isEqualTo("/etc/ssh/sshd_config.d/00-cloudmaker.conf");
        assertThat(ShellQuote.quote("--add-port=22/tcp")).isEqualTo("--add-port=22/tcp");
    }

    @Test
    void quotesEverythingElseInSingleQuotes() {
        assertThat(ShellQuote.quote("")).isEqualTo("''");
        assertThat(ShellQuote.quote("a b")).isEqualTo("'a b'");
        assertThat(ShellQuote.quote("it's")).isEqualTo("'it'\\''s'");
        assertThat(ShellQuote.quote("~")).isEqualTo("'~'");
        assertThat(ShellQuote.join(List.of("a", "b c", ""))).isEqualTo("a 'b c' ''");
    }

    @Test
    void refusesNul() {
        assertThatThrownBy(() -> ShellQuote.quote("a\0b")).isInstanceOf(IllegalArgumentException.class);
    }
}
