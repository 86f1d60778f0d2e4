package dev.cloudmaker.digitalocean;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cloudmaker.core.engine.ApplyListener;
import dev.cloudmaker.core.engine.EngineSettings;
import dev.cloudmaker.core.engine.Operations;
import dev.cloudmaker.core.http.RetrySettings;
import dev.cloudmaker.emulator.kit.http.EmulatorStats;
import dev.cloudmaker.testkit.AccountSnapshot;
import dev.cloudmaker.testkit.Campaign;
import dev.cloudmaker.testkit.CloudInvariants;
import dev.cloudmaker.testkit.DefinitionFixture;
import dev.cloudmaker.testkit.FixtureServer;
import dev.cloudmaker.testkit.RandomDefinition;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Promise 7: provisioning many servers against an emulator that enforces DigitalOcean's limits
 * (250 a minute, 5,000 an hour per token) finishes with no request refused: the client paces itself.
 * Full size ({@code -Dcloudmaker.campaign=full}): 500 servers at the real limits, several minutes.
 * Reduced (default): 25 servers with the limits run ten times faster than real time, i.e. 25 per 6 s
 * and 500 per 6 min on the emulator, and the client's pacer scaled the same way (24 and 480).
 */
class RateLimitPacingIT {
    private static final int PER_MINUTE = 250;
    private static final int PER_HOUR = 5000;

    @TempDir
    Path dir;

    @Test
    void manyServersWithoutARefusedRequest() {
        boolean full = Campaign.full();
        int servers = full ? 500 : 25;
        int scale = full ? 1 : 10;
        Duration minute = Duration.ofMinutes(1).dividedBy(scale);
        DefinitionFixture fixture = DefinitionFixture.in(dir);
        IntStream.rangeClosed(1, servers).mapToObj(i -> String.format("s%03d", i))
                .forEach(n -> fixture.server(FixtureServer.of(n, n + "." + RandomDefinition.ZONE)));
        fixture.write();
        List<Long> arrivals = Collections.synchronizedList(new ArrayList<>());
        var emu = EmulatedCloud.emulator().rateLimitPerMinute(PER_MINUTE / scale).rateLimitPerHour(PER_HOUR / scale)
                .rateLimitMinute(minute).start();
        try (EmulatedCloud cloud = new EmulatedCloud(emu, fixture)) {
            emu.seedDomain(RandomDefinition.ZONE);
            AccountSnapshot before = AccountSnapshot.of(emu.account(), CloudInvariants.tagOf(fixture));
            emu.onRequest((number, method, endpoint) -> arrivals.add(System.nanoTime()));
            long started = System.nanoTime();

            Operations ops = cloud.operations(EngineSettings.defaults(), ApplyListener.NONE, Duration.ofSeconds(30),
                    RetrySettings.defaults(), DigitalOceanProviderFactory.pacer(
                            DigitalOceanProviderFactory.REQUESTS_PER_MINUTE / scale,
                            DigitalOceanProviderFactory.REQUESTS_PER_HOUR / scale, minute));
            ops.apply(ops.planProvision(Set.of()));

            Duration wall = Duration.ofNanos(System.nanoTime() - started);
            EmulatorStats stats = emu.stats();
            int busiest = mostInAnyWindow(arrivals, minute);
            String summary = String.format(java.util.Locale.ROOT,
                    "rate limits (%s): %d servers, %d requests, %d answered 429, at most %d in any %d s window"
                            + " (limit %d), wall %d s", full ? "full, real limits" : "reduced, limits 10x faster",
                    servers, stats.totalRequests(), stats.rateLimited(), busiest, minute.toSeconds(),
                    PER_MINUTE / scale, wall.toSeconds());
            System.out.println(summary);
            Campaign.writeSummary("rate-limits", summary);

            assertThat(stats.rateLimited()).as(summary + ": requests refused with 429").isZero();
            assertThat(busiest).as(summary + ": requests in the busiest window").isLessThanOrEqualTo(PER_MINUTE / scale);
            assertThat(CloudInvariants.violations(emu.account(), fixture, before)).as(summary).isEmpty();
            long fullWindows = stats.totalRequests() / (PER_MINUTE / scale) - 1;
            assertThat(wall).as("the limit made the client wait: %d requests at %d per %s", stats.totalRequests(),
                    PER_MINUTE / scale, minute).isGreaterThan(minute.multipliedBy(fullWindows));
        }
    }

    /** The most arrivals within any sliding window of that length. */
    private static int mostInAnyWindow(List<Long> arrivals, Duration window) {
        List<Long> sorted = new ArrayList<>(arrivals);
        Collections.sort(sorted);
        int most = 0;
        int start = 0;
        for (int end = 0; end < sorted.size(); end++) {
            while (sorted.get(end) - sorted.get(start) >= window.toNanos()) {
                start++;
            }
            most = Math.max(most, end - start + 1);
        }
        return most;
    }
}
