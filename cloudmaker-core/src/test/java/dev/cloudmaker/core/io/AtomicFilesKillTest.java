package dev.cloudmaker.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.cloudmaker.core.Campaign;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Promise 3, files are never half-written: a child JVM rewrites a 16 MiB file through AtomicFiles in a
 * loop and is SIGKILLed at seeded random moments. After every kill the file must be one whole version,
 * the last one it reported or the one it was writing; the temp files kills leave are removed by a
 * later write once old. 10 kills by default, 60 with -Dcloudmaker.campaign=full.
 */
class AtomicFilesKillTest {
    private static final long SEED = Long.getLong("cloudmaker.seed", 20250105L);
    private static final int SIZE = 16 * 1024 * 1024;
    private static final Duration CHILD_LIMIT = Duration.ofSeconds(60);

    @TempDir
    Path dir;

    @Test
    void everyKillLeavesAWholeOldOrNewFile() throws Exception {
        int kills = Campaign.size(10, 60);
        Random random = new Random(SEED);
        Path target = dir.resolve("state.json");
        AtomicFiles.write(target, AtomicWriterChild.content(0, SIZE));
        long next = 1;
        int cutMidWrite = 0;
        for (int k = 0; k < kills; k++) {
            String replay = "seed " + SEED + ", kill " + k + " (replay: -Dcloudmaker.seed=" + SEED + ")";
            int leftoversBefore = AtomicFiles.leftovers(dir, "state.json").size();
            long reported = killDuringWrites(target, next, random.nextInt(400), replay);
            long found = versionIn(target, replay);
            assertThat(found).as("%s: the version after the kill (last reported %d)", replay, reported)
                    .isBetween(Math.max(0, reported), reported + 1);
            assertThat(Files.readAllBytes(target)).as("%s: version %d whole", replay, found)
                    .isEqualTo(AtomicWriterChild.content(found, SIZE));
            int leftovers = AtomicFiles.leftovers(dir, "state.json").size();
            assertThat(leftovers).as(replay + ": at most one temp file left per kill").isLessThanOrEqualTo(leftoversBefore + 1);
            cutMidWrite += leftovers - leftoversBefore;
            next = found + 1;
        }
        System.out.printf("AtomicFilesKillTest: %d kills (seed %d), %d cut a write short, 0 torn files%n", kills, SEED, cutMidWrite);

        for (Path left : AtomicFiles.leftovers(dir, "state.json")) {
            Files.setLastModifiedTime(left, FileTime.from(Instant.now().minus(AtomicFiles.LEFTOVER_AGE).minusSeconds(1)));
        }
        Path young = Files.createFile(dir.resolve(".state.json.999.tmp"));
        AtomicFiles.write(target, AtomicWriterChild.content(next, SIZE));
        assertThat(AtomicFiles.leftovers(dir, "state.json")).as("old leftovers removed, a young one (a write under way) kept")
                .containsExactly(young);
    }

    /**
     * Starts a writer from {@code first}, lets it run {@code afterFirstMs} past its first reported
     * write, SIGKILLs it; returns the last version it reported (first - 1 if none).
     */
    private long killDuringWrites(Path target, long first, int afterFirstMs, String replay) throws IOException, InterruptedException {
        String java = ProcessHandle.current().info().command().orElseThrow();
        Process child = new ProcessBuilder(java, "-Xmx256m", "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
                AtomicWriterChild.class.getName(), target.toString(), Integer.toString(SIZE), Long.toString(first))
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        AtomicLong reported = new AtomicLong(first - 1);
        Thread reader = Thread.ofVirtual().start(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.US_ASCII))) {
                for (String line; (line = in.readLine()) != null; ) {
                    reported.set(Long.parseLong(line.substring("wrote ".length())));
                }
            } catch (IOException | RuntimeException e) {
                // the pipe breaks when the child is killed
            }
        });
        try {
            await(replay + ": the writer's first write").atMost(CHILD_LIMIT).pollInterval(Duration.ofMillis(5))
                    .failFast("the writer died", () -> !child.isAlive())
                    .until(() -> reported.get() >= first);
            if (afterFirstMs > 0) {
                // the kill moment is the random variable here, not something awaited
                assertThat(child.waitFor(afterFirstMs, TimeUnit.MILLISECONDS)).as("the writer runs until killed").isFalse();
            }
        } finally {
            child.destroyForcibly();
            assertThat(child.waitFor(CHILD_LIMIT.toSeconds(), TimeUnit.SECONDS)).as("killed writer ends").isTrue();
            reader.join(CHILD_LIMIT);
        }
        return reported.get();
    }

    private static long versionIn(Path target, String replay) throws IOException {
        byte[] head = Arrays.copyOf(Files.readAllBytes(target), 40);
        String first = new String(head, StandardCharsets.US_ASCII).lines().findFirst().orElse("");
        assertThat(first).as(replay + ": the file starts with its version").startsWith("version ");
        return Long.parseLong(first.substring("version ".length()));
    }

    @Test
    void newFilesAreOwnerOnlyAndExistingOnesKeepTheirPermissions() throws IOException {
        Path fresh = dir.resolve("fresh");
        AtomicFiles.writeString(fresh, "x");
        assertThat(Files.getPosixFilePermissions(fresh)).isEqualTo(java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
        Path shared = dir.resolve("shared");
        Files.writeString(shared, "a");
        Files.setPosixFilePermissions(shared, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
        AtomicFiles.writeString(shared, "b");
        assertThat(Files.getPosixFilePermissions(shared)).isEqualTo(java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
        assertThat(List.of(Files.readString(shared))).containsExactly("b");
    }
}
