package dev.cloudmaker.emulator.kit.fault;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cloudmaker.emulator.kit.Operation;
import dev.cloudmaker.emulator.kit.OperationClass;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FaultInjectorTest {
    private static final Operation SERVERS_CREATE = new Operation("servers", OperationClass.CREATE);
    private static final Operation SERVERS_READ = new Operation("servers", OperationClass.READ);
    private static final Operation ACTIONS = new Operation("server-actions", OperationClass.ACTION);

    @Test
    void aCountHitsTheFirstMatchingRequestsOnly() {
        FaultInjector faults = new FaultInjector(List.of(FaultSpec.parse("503@servers:POST=2x")), 1);
        assertThat(faults.fire(SERVERS_READ, "GET")).isEmpty();
        assertThat(faults.fire(SERVERS_CREATE, "POST")).hasSize(1);
        assertThat(faults.fire(ACTIONS, "POST")).isEmpty();
        assertThat(faults.fire(SERVERS_CREATE, "POST")).hasSize(1);
        assertThat(faults.fire(SERVERS_CREATE, "POST")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 7, 42})
    void probabilitiesReplayWithTheSeed(long seed) {
        assertThat(hits(seed)).isEqualTo(hits(seed));
        assertThat(hits(seed).stream().filter(h -> h).count()).as("about 30 of 100").isBetween(10L, 50L);
    }

    private static List<Boolean> hits(long seed) {
        FaultInjector faults = new FaultInjector(List.of(FaultSpec.parse("500=0.3")), seed);
        List<Boolean> out = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            out.add(!faults.fire(SERVERS_READ, "GET").isEmpty());
        }
        return out;
    }

    @Test
    void operationFaultsWaitForTheirKindOfCall() {
        FaultInjector faults = new FaultInjector(List.of(FaultSpec.parse("stale-after-create:2s"),
                FaultSpec.parse("pending-event")), 1);
        assertThat(faults.fire(SERVERS_READ, "GET")).as("neither is used up by other calls").isEmpty();
        assertThat(faults.fire(new Operation("keys", OperationClass.WRITE), "POST")).isEmpty();
        assertThat(faults.fire(ACTIONS, "POST")).extracting(FaultSpec::kind).containsExactly(FaultKind.PENDING_EVENT);
        assertThat(faults.fire(SERVERS_CREATE, "POST")).extracting(FaultSpec::kind)
                .containsExactly(FaultKind.STALE_AFTER_CREATE);
        assertThat(faults.fire(SERVERS_CREATE, "POST")).isEmpty();
    }

    @Test
    void nothingFiresOnceStopped() {
        FaultInjector faults = new FaultInjector(List.of(FaultSpec.parse("503=1.0")), 1);
        assertThat(faults.fire(SERVERS_READ, "GET")).hasSize(1);
        faults.stop();
        assertThat(faults.fire(SERVERS_READ, "GET")).isEmpty();
    }
}
