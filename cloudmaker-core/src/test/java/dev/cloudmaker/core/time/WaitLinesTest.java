package dev.cloudmaker.core.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class WaitLinesTest {
    @Test
    void aWaitIsALineOnceItPassesASecondThenEveryTenSecondsEachWaitOnItsOwn() {
        List<String> lines = new ArrayList<>();
        WaitLines progress = new WaitLines(lines::add);
        for (int ms : new int[] {100, 900, 1000, 6000, 10_999, 11_000, 20_000}) {
            progress.waiting("the other run to finish", Duration.ofMillis(ms), "held by pid 42");
        }
        progress.waiting("server1 to become active", Duration.ofMillis(1500), "");

        assertThat(lines).containsExactly(
                "waiting for the other run to finish: 1.0s so far (held by pid 42)",
                "waiting for the other run to finish: 11.0s so far (held by pid 42)",
                "waiting for server1 to become active: 1.5s so far");
    }
}
