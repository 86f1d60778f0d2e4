package dev.cloudmaker.core.time;

import dev.cloudmaker.core.CloudmakerException;
import dev.cloudmaker.core.WaitTimeoutException;
import dev.cloudmaker.core.model.Networking;
import dev.cloudmaker.core.spi.CloudServer;
import dev.cloudmaker.core.spi.ServerStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WaiterTest {
    private final MutableClock clock = new MutableClock(Instant.parse("2026-01-01T00:00:00Z"));

    @Test
    void aFailedServerEndsTheWaitAtOnceNamingIt() {
        Deque<ServerStatus> states = new ArrayDeque<>(List.of(ServerStatus.NEW, ServerStatus.NEW, ServerStatus.FAILED, ServerStatus.ACTIVE));

        assertThatThrownBy(() -> waiter().until(() -> server(states.pop()), s -> s.status() == ServerStatus.ACTIVE,
                CloudServer::failure, CloudServer::describeState))
                .isInstanceOf(CloudmakerException.class)
                .isNotInstanceOf(WaitTimeoutException.class)
                .hasMessageContaining("web1 to become active")
                .hasMessageContaining("server web1 (id 42) failed");
        assertThat(states).as("no poll after the failure").containsExactly(ServerStatus.ACTIVE);
        assertThat(clock.instant()).as("well before the timeout").isBefore(Instant.parse("2026-01-01T00:01:00Z"));
    }

    @Test
    void aServerThatNeverFailsIsWaitedForUntilItIsDone() {
        Deque<ServerStatus> states = new ArrayDeque<>(List.of(ServerStatus.NEW, ServerStatus.OFF, ServerStatus.ACTIVE));

        CloudServer done = waiter().until(() -> server(states.pop()), s -> s.status() == ServerStatus.ACTIVE,
                CloudServer::failure, CloudServer::describeState);

        assertThat(done.status()).isEqualTo(ServerStatus.ACTIVE);
    }

    @Test
    void withoutAFailureTheTimeoutStillNamesTheLastState() {
        assertThatThrownBy(() -> waiter().until(() -> server(ServerStatus.NEW), s -> false, CloudServer::failure,
                CloudServer::describeState))
                .isInstanceOf(WaitTimeoutException.class)
                .hasMessageContaining("last state: new");
    }

    @Test
    void everyPollThatDoesNotEndTheWaitIsReportedWithTheTimeSoFarAndTheState() {
        Deque<ServerStatus> states = new ArrayDeque<>(List.of(ServerStatus.NEW, ServerStatus.OFF, ServerStatus.ACTIVE));
        List<String> heard = new java.util.ArrayList<>();
        List<Duration> elapsed = new java.util.ArrayList<>();

        waiter().reporting((what, soFar, state) -> {
            heard.add(what + ": " + state);
            elapsed.add(soFar);
        }).until(() -> server(states.pop()), s -> s.status() == ServerStatus.ACTIVE, CloudServer::failure, CloudServer::describeState);

        assertThat(heard).containsExactly("web1 to become active: new, no address yet", "web1 to become active: off, no address yet");
        assertThat(elapsed.get(0)).isZero();
        assertThat(elapsed.get(1)).as("the clock moved by the first pause").isPositive();
    }

    private Waiter waiter() {
        return Waiter.waitingFor("web1 to become active", Duration.ofMinutes(1))
                .polling(Duration.ofSeconds(1), Duration.ofSeconds(4))
                .using(clock, clock::advance);
    }

    private static CloudServer server(ServerStatus status) {
        return new CloudServer("42", "web1", "nyc3", "s", "debian-12", status, false, false, List.of(), "ns", false,
                new Networking(null, null, null), Instant.EPOCH, null);
    }
}
