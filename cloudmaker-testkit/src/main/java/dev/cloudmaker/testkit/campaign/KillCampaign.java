package dev.cloudmaker.testkit.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cloudmaker.emulator.kit.http.RequestHook;
import dev.cloudmaker.testkit.AccountSnapshot;
import dev.cloudmaker.testkit.Campaign;
import dev.cloudmaker.testkit.CloudInvariants;
import dev.cloudmaker.testkit.RandomDefinition;
import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Promise 1, SIGKILL: the real jar ({@code target/cloudmaker.jar} of the module under test), as a separate
 * process, provisions a random definition against an emulator living in this JVM and is killed with SIGKILL
 * at a replayable point (N drawn from the number of requests the same definition takes unhindered): when its
 * Nth API request arrives (held back until the process is dead, then carried out with nobody waiting for the
 * answer), or a random few milliseconds after it (so kills also land in the work between calls, like writing
 * the journal, cloud.json or the inventory). A second run of the jar must then finish the job:
 * {@link CloudInvariants} hold, a third run has nothing to do, {@code destroy} leaves the namespace nothing on the
 * cloud ({@link NamespaceLeftovers}), and every JSON file left parses.
 * Reduced size by default, {@code -Dcloudmaker.campaign=full} for the full one. A cloud runs it by
 * extending it with its {@link CloudFixture}.
 */
public abstract class KillCampaign {
    private static final long FIRST_SEED = 1;
    private static final int AT_ONCE = 2;
    private static final int SIGKILL_EXIT = 128 + 9;
    private static final Duration RUN_LIMIT = Duration.ofSeconds(150);
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    /** The cloud under test. */
    protected abstract CloudFixture cloud();

    /** How many kill points the reduced size draws. */
    protected int reducedKillPoints() {
        return 8;
    }

    /** How many kill points the full size draws; each costs four runs of the jar. */
    protected int fullKillPoints() {
        return 80;
    }

    /** @param killedAt the request the kill was tied to, as "METHOD endpoint", when the run was killed */
    record Outcome(long seed, String killPoint, boolean killed, String killedAt, List<String> violations) {
    }

    @Test
    void provisionKilledAnywhereIsFinishedByTheNextRun() throws Exception {
        Path jar = Path.of(System.getProperty("user.dir"), "target", "cloudmaker.jar");
        assertThat(jar).as("the shaded jar, built before the integration tests").exists();
        List<Long> seeds = Campaign.seeds(FIRST_SEED, reducedKillPoints(), fullKillPoints());
        long started = System.nanoTime();
        List<Outcome> outcomes = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(AT_ONCE);
             ScheduledExecutorService killer = Executors.newScheduledThreadPool(1)) {
            List<Future<Outcome>> futures = seeds.stream()
                    .map(seed -> pool.submit(() -> killPoint(jar, seed, killer))).toList();
            for (int i = 0; i < futures.size(); i++) {
                try {
                    outcomes.add(futures.get(i).get());
                } catch (ExecutionException e) {
                    outcomes.add(new Outcome(seeds.get(i), "?", false, "", List.of("the test itself failed: " + e.getCause())));
                }
            }
        }
        Duration wall = Duration.ofNanos(System.nanoTime() - started);
        List<Outcome> failed = outcomes.stream().filter(o -> !o.violations().isEmpty()).toList();
        long killed = outcomes.stream().filter(Outcome::killed).count();
        var killedAt = new TreeMap<>(outcomes.stream().filter(Outcome::killed)
                .collect(Collectors.groupingBy(Outcome::killedAt, Collectors.counting())));
        String summary = String.format(Locale.ROOT,
                "kill campaign (%s): %d kill points drawn, %d runs killed with SIGKILL (the others finished first),"
                        + " failures %d%s, %d things left after the final destroys, wall %d s; kills by request: %s",
                Campaign.full() ? "full" : "reduced", outcomes.size(), killed, failed.size(),
                failed.isEmpty() ? "" : " (seeds " + failed.stream().map(Outcome::seed).toList() + ")",
                outcomes.stream().mapToLong(o -> NamespaceLeftovers.count(o.violations())).sum(), wall.toSeconds(), killedAt);
        System.out.println(summary);
        Campaign.writeSummary("kill-campaign", summary);
        StringBuilder report = new StringBuilder();
        for (Outcome o : failed) {
            report.append("\nseed ").append(o.seed()).append(", ").append(o.killPoint()).append(":\n  ")
                    .append(String.join("\n  ", o.violations())).append("\n  replay: ")
                    .append(Campaign.replayCommand(Campaign.moduleUnderTest(), getClass().getSimpleName(), o.seed()));
        }
        assertThat(failed).as(summary + report).isEmpty();
        assertThat(killed).as("runs that were really killed (a run may take fewer requests than its clean twin)")
                .isGreaterThanOrEqualTo(outcomes.size() / 2);
    }

    private Outcome killPoint(Path jar, long seed, ScheduledExecutorService killer) throws Exception {
        Random random = new Random(seed);
        Path work = dir.resolve("seed-" + seed);
        RandomDefinition definition = RandomDefinition.draw(random, work, cloud());
        int killAt = 1 + random.nextInt(requestsOfCleanRun(jar, seed));
        int delayMs = random.nextBoolean() ? 0 : random.nextInt(300);
        String point = "killed " + (delayMs == 0 ? "when request " + killAt + " arrives"
                : delayMs + " ms after request " + killAt + " arrives") + ", " + definition;
        try (CampaignEmulator emu = cloud().start(EmulatorSetup.seeded(seed))) {
            definition.seedAccount(emu);
            AccountSnapshot before = AccountSnapshot.of(emu.account(), cloud().namespaceTag(definition.fixture().namespace()));
            List<String> violations = new ArrayList<>();

            Process first = start(jar, emu.url(), work, "first");
            var killRequest = new AtomicReference<String>("");
            emu.onRequest((number, method, endpoint) -> {
                if (number == killAt) {
                    killRequest.set(method + " " + endpoint);
                    if (delayMs == 0) {
                        kill(first); // the request then lands with nobody waiting for its answer
                    } else {
                        killer.schedule(() -> kill(first), delayMs, TimeUnit.MILLISECONDS);
                    }
                }
            });
            boolean killed = awaitExit(first, "the first run") == SIGKILL_EXIT;
            emu.onRequest(RequestHook.NONE);

            int second = awaitExit(start(jar, emu.url(), work, "second"), "the run after the kill");
            if (second != 0) {
                violations.add("the run after the kill exited " + second + ": " + output(work, "second"));
            } else {
                violations.addAll(CloudInvariants.violations(emu.account(), definition.fixture(), before));
                int third = awaitExit(start(jar, emu.url(), work, "third"), "the run after that");
                String out = output(work, "third");
                if (third != 0 || !out.contains("No changes")) {
                    violations.add("a third run should change nothing, it exited " + third + ": " + out);
                }
                violations.addAll(destroy(jar, emu, work, definition.fixture().namespace()));
            }
            violations.addAll(unparsableJson(work));
            return new Outcome(seed, point, killed, killRequest.get(), violations);
        }
    }

    /** {@code destroy --yes} by the jar, then what the namespace still holds on the cloud. */
    private List<String> destroy(Path jar, CampaignEmulator emu, Path work, String namespace)
            throws IOException, InterruptedException {
        int exit = awaitExit(start(jar, emu.url(), work, "destroy", "destroy", "--yes"), "the final destroy");
        if (exit != 0) {
            return List.of("the final destroy exited " + exit + ": " + output(work, "destroy"));
        }
        return NamespaceLeftovers.after(emu, cloud().namespaceTag(namespace), namespace);
    }

    /** How many requests the same definition takes unhindered (the jar, on an emulator of its own). */
    private int requestsOfCleanRun(Path jar, long seed) throws IOException, InterruptedException {
        Path work = dir.resolve("clean-" + seed);
        RandomDefinition definition = RandomDefinition.draw(new Random(seed), work, cloud());
        try (CampaignEmulator emu = cloud().start(EmulatorSetup.seeded(seed))) {
            definition.seedAccount(emu);
            int exit = awaitExit(start(jar, emu.url(), work, "clean"), "the clean run");
            assertThat(exit).as("clean run of seed " + seed + ": " + output(work, "clean")).isZero();
            return (int) emu.stats().totalRequests();
        }
    }

    private static Process start(Path jar, URI apiUrl, Path work, String name) throws IOException {
        return start(jar, apiUrl, work, name, "provision", "--yes", "--no-bootstrap", "--create-zones");
    }

    private static Process start(Path jar, URI apiUrl, Path work, String name, String... args) throws IOException {
        String java = ProcessHandle.current().info().command().orElseThrow();
        List<String> command = new ArrayList<>(List.of(java, "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-jar",
                jar.toString(), "-C", work.toString(), "--api-url", apiUrl.toString()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                .redirectErrorStream(true).redirectOutput(work.resolve(name + ".log").toFile()).start();
    }

    /** SIGKILL: on Linux, destroyForcibly sends signal 9 (the exit status 137 checked above proves it). */
    private static void kill(Process process) {
        process.destroyForcibly();
        try {
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                throw new IllegalStateException("process " + process.pid() + " still alive 20 s after SIGKILL");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static int awaitExit(Process process, String what) throws InterruptedException {
        if (!process.waitFor(RUN_LIMIT.toSeconds(), TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(20, TimeUnit.SECONDS);
            throw new AssertionError(what + " (pid " + process.pid() + ") did not end within " + RUN_LIMIT);
        }
        return process.exitValue();
    }

    private static String output(Path work, String name) throws IOException {
        return Files.readString(work.resolve(name + ".log"));
    }

    /** Every JSON file the runs left (cloud.json, inventory, journal, ...) must parse: no half-written file. */
    private static List<String> unparsableJson(Path work) throws IOException {
        List<String> broken = new ArrayList<>();
        try (Stream<Path> files = Files.walk(work)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".json")).toList()) {
                try {
                    JSON.readTree(f.toFile());
                } catch (IOException e) {
                    broken.add(work.relativize(f) + " does not parse: " + e.getMessage());
                }
            }
        }
        return broken;
    }
}
