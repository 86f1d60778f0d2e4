package dev.cloudmaker.emulator.triton;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The machine state machine: jobs finish when the clock passes them, and the audit records how they ended. */
class MachineTest {
    private static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");

    private static Machine provisioning(boolean fails) {
        Machine m = new Machine();
        m.id = "m1";
        m.failsToProvision = fails;
        m.begin("provision", MachineState.PROVISIONING, MachineState.RUNNING, T0, T0.plusSeconds(3), "/alice/keys/k");
        return m;
    }

    @Test
    void provisioningBecomesRunningWhenTheBootDelayHasPassedAndNotBefore() {
        Machine m = provisioning(false);
        m.advance(T0.plusMillis(2999));
        assertThat(m.state).isEqualTo(MachineState.PROVISIONING);
        assertThat(m.hasBooted()).isFalse();
        m.advance(T0.plusSeconds(3));
        assertThat(m.state).isEqualTo(MachineState.RUNNING);
        assertThat(m.hasBooted()).isTrue();
        assertThat(m.audit).containsExactly(new AuditEntry("provision", true, T0.plusSeconds(3), "/alice/keys/k"));
        assertThat(m.job).isNull();
    }

    @Test
    void aFailingProvisionEndsFailedAndTheAuditSaysSo() {
        Machine m = provisioning(true);
        m.advance(T0.plusSeconds(10));
        assertThat(m.state).isEqualTo(MachineState.FAILED);
        assertThat(m.hasBooted()).isFalse();
        assertThat(m.audit.getFirst().success()).isFalse();
    }

    @Test
    void stopShowsStoppingUntilItsJobIsDoneThenStoppedAndStartRunsAgain() {
        Machine m = provisioning(false);
        m.advance(T0.plusSeconds(3));
        m.begin("stop", MachineState.STOPPING, MachineState.STOPPED, T0.plusSeconds(5), T0.plusSeconds(6), null);
        m.advance(T0.plusSeconds(5));
        assertThat(m.state).isEqualTo(MachineState.STOPPING);
        m.advance(T0.plusSeconds(6));
        assertThat(m.state).isEqualTo(MachineState.STOPPED);
        assertThat(m.updated).isEqualTo(T0.plusSeconds(6));
        m.begin("start", MachineState.STOPPED, MachineState.RUNNING, T0.plusSeconds(7), T0.plusSeconds(8), null);
        m.advance(T0.plusSeconds(9));
        assertThat(m.state).isEqualTo(MachineState.RUNNING);
        assertThat(m.audit).extracting(AuditEntry::action).containsExactly("provision", "stop", "start");
    }

    @Test
    void aDeleteEndsDeleted() {
        Machine m = provisioning(false);
        m.begin("destroy", MachineState.PROVISIONING, MachineState.DELETED, T0, T0.plusSeconds(1), null);
        m.advance(T0.plusSeconds(1));
        assertThat(m.isDeleted()).isTrue();
        assertThat(m.state.word()).isEqualTo("deleted");
    }
}
