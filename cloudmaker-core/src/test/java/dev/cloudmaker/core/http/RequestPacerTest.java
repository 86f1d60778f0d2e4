package dev.cloudmaker.core.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cloudmaker.core.time.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The pacer on a fake clock: its sleeps advance the clock, and every send time is recorded. */
class RequestPacerTest {
    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

    private final MutableClock clock = new MutableClock(T0);
    private final List<Instant> sends = new ArrayList<>();

    private RequestPacer pacer(RequestPacer.Limit... limits) {
        return new RequestPacer(List.of(limits), clock, clock::advance);
    }

    private void send(RequestPacer pacer, int n) {
        for (int i = 0; i < n; i++) {
            try (RequestPacer.Ticket ignored = pacer.acquire()) {
                sends.add(clock.instant());
            }
        }
    }

    private int mostInAnyWindow(Duration window) {
        int most = 0;
        for (int i = 0; i < sends.size(); i++) {
            int j = i;
            while (j < sends.size() && sends.get(j).isBefore(sends.get(i).plus(window))) {
                j++;
            }
            most = Math.max(most, j - i);
        }
        return most;
    }

    @Test
    void staysUnderEveryLimitAtOnce() {
        RequestPacer pacer = pacer(new RequestPacer.Limit(240, Duration.ofMinutes(1)),
                new RequestPacer.Limit(4800, Duration.ofHours(1)));
        send(pacer, 6000);
        assertThat(mostInAnyWindow(Duration.ofMinutes(1))).isEqualTo(240);
        assertThat(mostInAnyWindow(Duration.ofHours(1))).as("the hourly limit, not only the minute's")
                .isEqualTo(4800);
        // 240 a minute would send 6000 in 25 minutes; the hour's 4800 makes the last 1200 wait for it
        assertThat(Duration.between(T0, sends.getLast())).isGreaterThanOrEqualTo(Duration.ofHours(1));
    }

    @Test
    void aQuotaUsedUpPausesEveryoneUntilItsReset() {
        RequestPacer pacer = pacer(new RequestPacer.Limit(240, Duration.ofMinutes(1)));
        pacer.quota(5000, 0, T0.plusSeconds(42));
        send(pacer, 1);
        assertThat(sends).containsExactly(T0.plusSeconds(42));
    }

    @Test
    void aNearlyUsedUpQuotaSlowsToTheHourlyAverageRateNotOnlyAtZero() {
        RequestPacer pacer = pacer(new RequestPacer.Limit(240, Duration.ofMinutes(1)),
                new RequestPacer.Limit(4800, Duration.ofHours(1)));
        pacer.quota(5000, 4000, T0.plusSeconds(3000));
        send(pacer, 10);
        assertThat(Duration.between(T0, sends.getLast())).as("plenty left: no spacing").isZero();

        pacer.quota(5000, 60, T0.plusSeconds(3000)); // another tool used the token's hour up to 60 requests
        sends.clear();
        send(pacer, 10);
        // 4800 an hour is one request per 750 ms
        for (int i = 1; i < sends.size(); i++) {
            assertThat(Duration.between(sends.get(i - 1), sends.get(i))).isEqualTo(Duration.ofMillis(750));
        }

        pacer.quota(5000, 2000, T0.plusSeconds(3000)); // room again
        sends.clear();
        Instant before = clock.instant();
        send(pacer, 10);
        assertThat(sends.getLast()).as("no spacing once there is room").isEqualTo(before);
    }

    @Test
    void aSlotIsHeldUntilAWindowAfterTheAnswerNotAfterTheSend() {
        RequestPacer pacer = pacer(new RequestPacer.Limit(2, Duration.ofMinutes(1)));
        RequestPacer.Ticket first = pacer.acquire();
        RequestPacer.Ticket second = pacer.acquire();
        clock.advance(Duration.ofSeconds(5)); // slow answers: the server may have counted them only now
        first.close();
        second.close();
        send(pacer, 1);
        assertThat(sends).containsExactly(T0.plusSeconds(65));
    }

    @Test
    void aPauseAfterA429HoldsBackLaterSends() {
        RequestPacer pacer = pacer(new RequestPacer.Limit(240, Duration.ofMinutes(1)));
        send(pacer, 1);
        pacer.pauseUntil(T0.plusSeconds(2));
        send(pacer, 1);
        assertThat(sends).containsExactly(T0, T0.plusSeconds(2));
    }
}
