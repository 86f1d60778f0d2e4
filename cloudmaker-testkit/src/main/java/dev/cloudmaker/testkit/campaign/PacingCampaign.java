package dev.cloudmaker.testkit.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cloudmaker.core.engine.EngineSettings;
import dev.cloudmaker.core.engine.Operations;
import dev.cloudmaker.core.time.MutableClock;
import dev.cloudmaker.core.time.Sleeper;
import dev.cloudmaker.emulator.kit.http.EmulatorStats;
import dev.cloudmaker.testkit.AccountSnapshot;
import dev.cloudmaker.testkit.Campaign;
import dev.cloudmaker.testkit.CloudInvariants;
import dev.cloudmaker.testkit.DefinitionFixture;
import dev.cloudmaker.testkit.FixtureServer;
import dev.cloudmaker.testkit.RandomDefinition;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Promise 7: provisioning many servers against an emulator that enforces the cloud's limits
 * ({@link CloudFixture#cloudLimits()}) finishes with no request refused: the client paces itself.
 * Client and emulator run on one {@link MutableClock}: the engine's waits and the pacer's move it instead
 * of sleeping, and the emulator's windows and boots read it, so nothing here depends on the host's speed.
 * Full size ({@code -Dcloudmaker.campaign=full}): 500 servers at the real limits. Reduced (default): 25
 * servers at a tenth of them (on the emulator and in the client's pacer), so that they bind as well.
 * A cloud runs it by extending it with its {@link CloudFixture} and {@link ProviderFixture}.
 */
public abstract class PacingCampaign {
    private static final Duration MINUTE = Duration.ofMinutes(1);

    @TempDir
    Path dir;

    /** The cloud under test: its emulator. */
    protected abstract CloudFixture cloud();

    /** The cloud under test: its provider. */
    protected abstract ProviderFixture provider();

    @Test
    void manyServersWithoutARefusedRequest() {
        boolean full = Campaign.full();
        int servers = full ? 500 : 25;
        int scale = full ? 1 : 10;
        CloudFixture cloud = cloud();
        RateLimits limits = cloud.cloudLimits().scaledDown(scale);
        DefinitionFixture fixture = cloud.definition(dir);
        IntStream.rangeClosed(1, servers).mapToObj(i -> String.format("s%03d", i))
                .forEach(n -> fixture.server(FixtureServer.of(cloud.slugs(), n, n + "." + RandomDefinition.ZONE)));
        fixture.write();
        MutableClock clock = new MutableClock(Instant.parse("2026-01-01T00:00:00Z"));
        Sleeper sleeper = sleepingOn(clock);
        List<Instant> arrivals = Collections.synchronizedList(new ArrayList<>());
        CampaignEmulator emu = cloud.start(EmulatorSetup.seeded(0).onClock(clock, limits));
        try (CampaignCloud run = new CampaignCloud(cloud, provider(), emu, fixture)) {
            emu.seedZone(RandomDefinition.ZONE);
            AccountSnapshot before = AccountSnapshot.of(emu.account(), cloud.namespaceTag(fixture.namespace()));
            emu.onRequest((number, method, endpoint) -> arrivals.add(clock.instant()));
            Instant started = clock.instant();

            Operations ops = run.operations(onClock(EngineSettings.defaults(), clock, sleeper), clock, sleeper, scale);
            ops.apply(ops.planProvision(Set.of()));

            Duration took = Duration.between(started, clock.instant());
            EmulatorStats stats = emu.stats();
            int busiest = mostInAnyWindow(arrivals, MINUTE);
            String summary = String.format(Locale.ROOT,
                    "rate limits (%s): %d servers, %d requests, %d answered 429, at most %d in any minute (limit %d),"
                            + " %d s on the test's clock", full ? "full, real limits" : "reduced, a tenth of the limits",
                    servers, stats.totalRequests(), stats.rateLimited(), busiest, limits.perMinute(), took.toSeconds());
            System.out.println(summary);
            Campaign.writeSummary("rate-limits", summary);

            assertThat(stats.rateLimited()).as(summary + ": requests refused with 429").isZero();
            assertThat(busiest).as(summary + ": requests in the busiest minute").isLessThanOrEqualTo(limits.perMinute());
            assertThat(CloudInvariants.violations(emu.account(), fixture, before)).as(summary).isEmpty();
            long fullWindows = stats.totalRequests() / limits.perMinute() - 1;
            assertThat(fullWindows).as(summary + ": enough requests for the limit to bind").isPositive();
            assertThat(took).as("the limit made the client wait: %d requests at %d a minute", stats.totalRequests(),
                    limits.perMinute()).isGreaterThan(MINUTE.multipliedBy(fullWindows));
        }
    }

    /**
     * Sleeps on {@code clock}: it moves on to the sleeper's wake time, unless a sleep of another thread has
     * already moved it past that, as concurrent sleeps overlap in real time.
     */
    private static Sleeper sleepingOn(MutableClock clock) {
        return d -> {
            Instant wake = clock.instant().plus(d);
            synchronized (clock) {
                Duration left = Duration.between(clock.instant(), wake);
                if (left.isPositive()) {
                    clock.advance(left);
                }
            }
        };
    }

    private static EngineSettings onClock(EngineSettings s, MutableClock clock, Sleeper sleeper) {
        return new EngineSettings(s.parallelism(), s.activeTimeout(), s.visibilityGrace(), s.pollInitial(), s.pollMax(),
                s.recordTtl(), clock, sleeper, s.firstBoot());
    }

    /** The most arrivals within any sliding window of that length. */
    private static int mostInAnyWindow(List<Instant> arrivals, Duration window) {
        List<Instant> sorted = new ArrayList<>(arrivals);
        Collections.sort(sorted);
        int most = 0;
        int start = 0;
        for (int end = 0; end < sorted.size(); end++) {
            while (!sorted.get(start).plus(window).isAfter(sorted.get(end))) {
                start++;
            }
            most = Math.max(most, end - start + 1);
        }
        return most;
    }
}
