package dev.cloudmaker.testkit.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cloudmaker.emulator.kit.fault.FaultKind;
import dev.cloudmaker.emulator.kit.fault.FaultSpec;
import dev.cloudmaker.testkit.DefinitionFixture;
import dev.cloudmaker.testkit.ServerSlugs;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class FaultScheduleTest {
    /** A cloud whose operations are named unlike DigitalOcean's; only its endpoints matter here. */
    private static final CloudFixture NIMBUS = new CloudFixture() {
        @Override
        public String type() {
            return "nimbus";
        }

        @Override
        public ServerSlugs slugs() {
            return new ServerSlugs("r1", "m", "s", "img");
        }

        @Override
        public DefinitionFixture definition(Path dir) {
            return DefinitionFixture.in(dir).provider("nimbus", Map.of("token", "t"));
        }

        @Override
        public String namespaceTag(String namespace) {
            return "cm-" + namespace;
        }

        @Override
        public List<String> faultEndpoints() {
            return List.of("*", "machines", "zones");
        }

        @Override
        public String createEndpoint() {
            return "machines";
        }

        @Override
        public RateLimits cloudLimits() {
            return new RateLimits(100, 1000);
        }

        @Override
        public CampaignEmulator start(EmulatorSetup setup) {
            throw new UnsupportedOperationException("schedules are drawn without an emulator");
        }
    };

    @Test
    void schedulesAimAtTheCloudsOwnEndpointsAndReplayFromTheirSeed() {
        Set<String> aimedAt = new java.util.TreeSet<>();
        for (long seed = 1; seed <= 200; seed++) {
            FaultSchedule schedule = FaultSchedule.draw(new Random(seed), NIMBUS);
            assertThat(schedule.toString()).as("seed %d", seed).isEqualTo(FaultSchedule.draw(new Random(seed), NIMBUS).toString());
            assertThat(schedule.faults()).as("seed %d", seed).hasSizeBetween(2, 7);
            aimedAt.addAll(schedule.faults().stream().map(FaultSpec::endpoint).collect(Collectors.toSet()));
            schedule.faults().stream().filter(f -> f.kind() == FaultKind.STALE_AFTER_CREATE)
                    .forEach(f -> assertThat(f.endpoint()).isEqualTo("machines"));
        }
        assertThat(aimedAt).containsExactlyInAnyOrder("*", "machines", "zones");
    }
}
