package dev.cloudmaker.triton;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cloudmaker.api.Cloud;
import dev.cloudmaker.api.Namespace;
import dev.cloudmaker.core.spi.CloudServer;
import dev.cloudmaker.core.spi.PowerAction;
import dev.cloudmaker.core.spi.ServerStatus;
import dev.cloudmaker.emulator.kit.fault.FaultSpec;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * An action CloudAPI refuses with {@code InvalidState} because a job still runs on the machine is sent again until
 * it is taken (bounded by the caller's timeout), so a stop right after another change does not fail the run.
 */
class BusyMachineIT {
    @Test
    void aStopRefusedWhileAJobRunsIsSentAgainAndTheMachineStops() {
        try (TritonAccount account = TritonAccount.start(b -> b.bootDelay(Duration.ofMillis(200))
                .actionDuration(Duration.ofMillis(200)).fault(FaultSpec.parse("pending-event@machine-actions=2x")));
             Cloud cloud = Cloud.of(account.provider())) {
            Namespace ns = cloud.namespace("shop");
            CloudServer web = ns.waitUntil(ns.create(TritonAccount.smallServer("web1")), ServerStatus.ACTIVE,
                    TritonAccount.CHANGE_TIMEOUT);

            ns.power(web, PowerAction.STOP, TritonAccount.CHANGE_TIMEOUT);

            assertThat(ns.waitUntil(web, ServerStatus.OFF, TritonAccount.CHANGE_TIMEOUT).status()).isEqualTo(ServerStatus.OFF);
        }
    }
}
