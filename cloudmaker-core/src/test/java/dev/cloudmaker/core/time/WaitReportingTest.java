package dev.cloudmaker.core.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class WaitReportingTest {
    private final MutableClock clock = new MutableClock(Instant.parse("2026-01-01T00:00:00Z"));

    @AfterEach
    void clear() {
        WaitReporting.clear();
    }

    @Test
    void aWaitWithoutItsOwnProgressReportsToTheRunsAlsoFromAThreadTheRunStarted() throws Exception {
        List<String> heard = new CopyOnWriteArrayList<>();
        WaitReporting.set((what, elapsed, state) -> heard.add(what + ": " + state));

        Thread worker = Thread.ofVirtual().start(() -> threePolls("the worker's server"));
        worker.join();
        threePolls("this thread's server");

        assertThat(heard).contains("the worker's server: poll 1", "this thread's server: poll 1");
    }

    @Test
    void aWaitGivenItsOwnProgressReportsOnlyThereAndWithoutARunNothingIsHeard() {
        List<String> run = new CopyOnWriteArrayList<>();
        List<String> own = new CopyOnWriteArrayList<>();
        WaitReporting.set((what, elapsed, state) -> run.add(what));
        AtomicInteger polls = new AtomicInteger();
        Waiter.waitingFor("mine", Duration.ofMinutes(1)).using(clock, clock::advance)
                .reporting((what, elapsed, state) -> own.add(what))
                .until(polls::incrementAndGet, n -> n >= 3, n -> "poll " + n);
        assertThat(own).isNotEmpty();
        assertThat(run).isEmpty();

        WaitReporting.clear();
        threePolls("nobody's");
        assertThat(run).isEmpty();
    }

    private void threePolls(String what) {
        AtomicInteger polls = new AtomicInteger();
        Waiter.waitingFor(what, Duration.ofMinutes(1)).polling(Duration.ofSeconds(1), Duration.ofSeconds(1))
                .using(clock, clock::advance)
                .until(polls::incrementAndGet, n -> n >= 3, n -> "poll " + n);
    }
}
