package dev.cloudmaker.cli.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Issue 15, point 6: a wait over a second is shown with what it waits for and for how long; the elapsed times are given, not measured. */
class ProgressPrinterTest {
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);

    private String printed() {
        return bytes.toString(StandardCharsets.UTF_8).replaceAll("\\[ *\\d+\\.\\ds\\]", "[t]");
    }

    @Test
    void offATerminalAWaitIsAPlainLineAfterASecondThenEveryTenSeconds() {
        ProgressPrinter printer = new ProgressPrinter(out, new Style(false), false);
        for (int ms : new int[] {500, 1200, 5000, 9000, 11300, 15000, 21400}) {
            printer.waiting("2 servers to become active", Duration.ofMillis(ms), "server1: new; server2: new");
        }
        printer.step("server server1", "active");

        assertThat(printed().lines()).containsExactly(
                "[t] waiting for 2 servers to become active: 1.2s so far (server1: new; server2: new)",
                "[t] waiting for 2 servers to become active: 11.3s so far (server1: new; server2: new)",
                "[t] waiting for 2 servers to become active: 21.4s so far (server1: new; server2: new)",
                "[t] server server1: active");
    }

    @Test
    void onATerminalAWaitIsOneLiveLineThatTheNextStepReplaces() {
        ProgressPrinter printer = new ProgressPrinter(out, new Style(false), true);
        printer.waiting("server1 to become active", Duration.ofMillis(1500), "new");
        printer.waiting("server1 to become active", Duration.ofMillis(3000), "new");
        printer.step("server server1", "active");

        assertThat(printed()).isEqualTo("\r\033[K[t] waiting for server1 to become active: 1.5s so far (new)"
                + "\r\033[K[t] waiting for server1 to become active: 3.0s so far (new)"
                + "\r\033[K[t] server server1: active\n");
    }
}
