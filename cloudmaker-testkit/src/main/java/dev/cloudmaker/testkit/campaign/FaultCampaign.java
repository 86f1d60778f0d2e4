package dev.cloudmaker.testkit.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cloudmaker.core.CloudmakerException;
import dev.cloudmaker.core.engine.EngineSettings;
import dev.cloudmaker.core.engine.Operations;
import dev.cloudmaker.core.http.RetrySettings;
import dev.cloudmaker.testkit.AccountSnapshot;
import dev.cloudmaker.testkit.Campaign;
import dev.cloudmaker.testkit.CloudInvariants;
import dev.cloudmaker.testkit.RandomDefinition;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Promise 1, API faults: a provision cut short by any mix of faults is finished by running it again.
 * Each seed draws a definition ({@link RandomDefinition}) and a fault schedule ({@link FaultSchedule})
 * and provisions up to {@link #FAULTY_RUNS} times under the faults; if it has not finished by then,
 * the faults stop (the outage is over) and one more run must finish it. Then the cloud and the files
 * must satisfy {@link CloudInvariants} and a new plan must be empty; last a destroy must leave the namespace nothing
 * on the cloud ({@link NamespaceLeftovers}).
 * Reduced size by default, {@code -Dcloudmaker.campaign=full} for the full one. A cloud runs it by
 * extending it with its {@link CloudFixture} and {@link ProviderFixture}.
 */
public abstract class FaultCampaign {
    private static final int FAULTY_RUNS = 3;
    private static final long FIRST_SEED = 1;
    private static final Duration PER_SCHEDULE = Duration.ofMinutes(3);
    /** Schedules are mostly waiting (timeouts, backoff, boot), so a few run side by side. */
    private static final int AT_ONCE = 4;

    /** Short backoff and read timeout, so a schedule costs a second or two rather than minutes. */
    private static final RetrySettings RETRY = new RetrySettings(Duration.ofSeconds(1), Duration.ofMillis(20),
            Duration.ofMillis(200), 6, Duration.ofSeconds(20));
    /**
     * Quick polling, a visibility grace longer than any {@code stale-after-create} the schedules draw, and missing zones
     * created as {@code --create-zones} asks (a definition may start with no zone, on clouds whose zones cost money too).
     */
    private static final EngineSettings SETTINGS = EngineSettings.defaults().withCreateZones(true)
            .withPolling(Duration.ofMillis(50), Duration.ofMillis(200)).withActiveTimeout(Duration.ofSeconds(20))
            .withVisibilityGrace(Duration.ofMillis(FaultSchedule.VISIBILITY_GRACE_MS));

    @TempDir
    Path dir;

    /** The cloud under test: its emulator. */
    protected abstract CloudFixture cloud();

    /** The cloud under test: its provider. */
    protected abstract ProviderFixture provider();

    /** How many schedules the reduced size runs (the full one runs 200); a cloud whose schedules take longer runs fewer. */
    protected int reducedSchedules() {
        return 40;
    }

    record Outcome(long seed, int runs, boolean neededFaultFreeRun, List<String> violations, String context) {
    }

    @Test
    void everyScheduleConvergesByRunningProvisionAgain() throws Exception {
        List<Long> seeds = Campaign.seeds(FIRST_SEED, reducedSchedules(), 200);
        long started = System.nanoTime();
        List<Outcome> outcomes = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(AT_ONCE)) {
            List<Future<Outcome>> futures = seeds.stream().map(seed -> pool.submit(() -> schedule(seed))).toList();
            for (int i = 0; i < futures.size(); i++) {
                outcomes.add(outcomeOf(seeds.get(i), futures.get(i)));
            }
        }
        Duration wall = Duration.ofNanos(System.nanoTime() - started);
        List<Outcome> failed = outcomes.stream().filter(o -> !o.violations().isEmpty()).toList();
        int runs = outcomes.stream().mapToInt(Outcome::runs).sum();
        long faultFree = outcomes.stream().filter(Outcome::neededFaultFreeRun).count();
        String summary = String.format(Locale.ROOT,
                "fault campaign (%s): %d schedules, %d provision runs, %d finished only after the faults stopped,"
                        + " failures %d%s, %d things left after the final destroys, wall %d s", Campaign.full() ? "full" : "reduced",
                outcomes.size(), runs, faultFree, failed.size(),
                failed.isEmpty() ? "" : " (seeds " + failed.stream().map(Outcome::seed).toList() + ")",
                outcomes.stream().mapToLong(o -> NamespaceLeftovers.count(o.violations())).sum(), wall.toSeconds());
        System.out.println(summary);
        Campaign.writeSummary("fault-campaign", summary);
        StringBuilder report = new StringBuilder();
        for (Outcome o : failed) {
            report.append("\nseed ").append(o.seed()).append(": ").append(o.context()).append("\n  ")
                    .append(String.join("\n  ", o.violations())).append("\n  replay: ")
                    .append(Campaign.replayCommand(Campaign.moduleUnderTest(), getClass().getSimpleName(), o.seed()));
        }
        assertThat(failed).as(summary + report).isEmpty();
    }

    private Outcome outcomeOf(long seed, Future<Outcome> future) throws InterruptedException {
        try {
            return future.get(PER_SCHEDULE.toSeconds(), TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            return new Outcome(seed, 0, false, List.of("did not finish within " + PER_SCHEDULE), "");
        } catch (ExecutionException e) {
            return new Outcome(seed, 0, false, List.of("the test itself failed: " + e.getCause()), "");
        }
    }

    private Outcome schedule(long seed) {
        Random random = new Random(seed);
        CloudFixture cloud = cloud();
        RandomDefinition definition = RandomDefinition.draw(random, dir.resolve("seed-" + seed), cloud);
        FaultSchedule schedule = FaultSchedule.draw(random, cloud);
        String context = definition + ", faults " + schedule;
        List<String> failures = new ArrayList<>();
        CampaignEmulator emu = cloud.start(EmulatorSetup.seeded(seed).withFaults(schedule.faults()));
        try (CampaignCloud run = new CampaignCloud(cloud, provider(), emu, definition.fixture())) {
            definition.seedAccount(emu);
            AccountSnapshot before = AccountSnapshot.of(emu.account(), cloud.namespaceTag(definition.fixture().namespace()));
            int runs = 0;
            boolean done = false;
            while (!done && runs < FAULTY_RUNS) {
                runs++;
                done = provision(run, runs, failures);
            }
            boolean faultFreeRun = !done;
            emu.stopFaults();
            if (!done) {
                runs++;
                done = provision(run, runs, failures);
            }
            List<String> violations = new ArrayList<>();
            if (!done) {
                violations.add("not finished after the faults stopped; runs: " + failures);
            } else {
                violations.addAll(CloudInvariants.violations(emu.account(), definition.fixture(), before));
                violations.addAll(furtherPlan(run));
                violations.addAll(destroy(run, cloud.namespaceTag(definition.fixture().namespace()),
                        definition.fixture().namespace()));
            }
            if (!violations.isEmpty()) {
                violations.add("failed runs: " + failures + "; emulator " + emu.stats());
            }
            return new Outcome(seed, runs, faultFreeRun, violations, context);
        } catch (RuntimeException e) {
            return new Outcome(seed, 0, false, List.of("unexpected " + e + "; failed runs: " + failures), context);
        }
    }

    /** One provision as a fresh process would do it; false when it failed part-way (to be run again). */
    private static boolean provision(CampaignCloud cloud, int run, List<String> failures) {
        try {
            Operations ops = operations(cloud);
            ops.apply(ops.planProvision(Set.of()));
            return true;
        } catch (CloudmakerException e) {
            failures.add("run " + run + ": " + e.getClass().getSimpleName() + ": " + e.getMessage());
            return false;
        }
    }

    /** A new plan must be empty; one that cannot be made is a violation too (and the destroy still runs). */
    private static List<String> furtherPlan(CampaignCloud cloud) {
        try {
            var plan = operations(cloud).planProvision(Set.of());
            return plan.isEmpty() ? List.of()
                    : List.of("a further run would still change: " + plan.summary() + " " + plan.actions());
        } catch (CloudmakerException e) {
            return List.of("a further plan failed: " + e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    /** Destroys every declared server (the faults are over) and returns what the namespace still holds. */
    private static List<String> destroy(CampaignCloud cloud, String namespaceTag, String namespace) {
        try {
            Operations ops = operations(cloud);
            ops.apply(ops.planDestroy(List.of()));
        } catch (CloudmakerException e) {
            return List.of("the final destroy failed: " + e.getClass().getSimpleName() + ": " + e.getMessage());
        }
        return NamespaceLeftovers.after(cloud.emu, namespaceTag, namespace);
    }

    private static Operations operations(CampaignCloud cloud) {
        return cloud.operations(SETTINGS, Duration.ofMillis(FaultSchedule.READ_TIMEOUT_MS), RETRY);
    }
}
