package dev.cloudmaker.digitalocean;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cloudmaker.core.CloudmakerException;
import dev.cloudmaker.core.engine.Operations;
import dev.cloudmaker.emulator.digitalocean.DigitalOceanEmulatorBuilder;
import dev.cloudmaker.emulator.digitalocean.FaultSpec;
import dev.cloudmaker.testkit.DefinitionFixture;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Provisioning under faults on every endpoint converges when simply run again: no duplicate
 * droplet, record or key, whatever failed where. Seeded, so a failing seed replays exactly.
 */
class FaultConvergenceIT {
    private static final int MAX_RUNS = 5;
    private static final List<String> FAULTS = List.of("503=0.15", "429=0.1", "reset@*:GET=0.1",
            "html-502@*:GET=0.1", "stale-after-create:1s@droplets", "500@records:POST=1x",
            "reset@droplets:POST=1x", "drop-reply@records:POST=1x", "drop-reply@keys:POST=1x");

    @TempDir
    Path dir;

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 7, 42, 2024})
    void convergesWithoutDuplicates(long seed) {
        DigitalOceanEmulatorBuilder builder = EmulatedCloud.emulator().seed(seed);
        FAULTS.forEach(f -> builder.fault(FaultSpec.parse(f)));
        List<String> failures = new ArrayList<>();
        try (EmulatedCloud cloud = new EmulatedCloud(builder.start(), DefinitionFixture.seedScenario(dir).write())) {
            boolean done = false;
            for (int run = 1; run <= MAX_RUNS && !done; run++) {
                try {
                    Operations ops = cloud.operations();
                    ops.apply(ops.planProvision(Set.of()));
                    done = true;
                } catch (CloudmakerException e) {
                    // a run that fails part-way is meant to be finished by running again
                    failures.add("run " + run + ": " + e.getClass().getSimpleName() + ": " + e.getMessage());
                }
            }
            String context = "seed " + seed + ", faults " + FAULTS + ", failed runs " + failures
                    + ", emulator " + cloud.emu.stats();
            assertThat(done).as(context + ": converged within " + MAX_RUNS + " runs").isTrue();
            CloudChecks.assertConverged(cloud.emu, cloud.fixture, context);
        }
    }
}
