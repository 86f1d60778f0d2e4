package dev.cloudmaker.triton;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cloudmaker.api.Cloud;
import dev.cloudmaker.api.Namespace;
import dev.cloudmaker.core.CloudmakerException;
import dev.cloudmaker.core.spi.CloudServer;
import dev.cloudmaker.core.spi.ServerStatus;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * A machine CloudAPI gives up on ({@code failed}) reads as {@link ServerStatus#FAILED}: a wait for it ends at once
 * with the machine's id instead of running out its timeout, and the machine can be deleted.
 */
class FailedMachineIT {
    @Test
    void aFailedProvisionEndsTheWaitAtOnceNamingTheMachine() {
        try (TritonAccount account = TritonAccount.start(); Cloud cloud = Cloud.of(account.provider())) {
            account.emulator().failProvisioning("web1");
            Namespace ns = cloud.namespace("shop");
            CloudServer made = ns.create(TritonAccount.smallServer("web1"));

            assertThatThrownBy(() -> ns.waitUntil(made, ServerStatus.ACTIVE, Duration.ofMinutes(10)))
                    .isInstanceOf(CloudmakerException.class)
                    .hasMessageContaining("failed on the provider's side")
                    .hasMessageContaining("id " + made.id());
            assertThat(cloud.provider().servers().get(made.id())).hasValueSatisfying(s ->
                    assertThat(s.status()).isEqualTo(ServerStatus.FAILED));

            ns.delete(made);
            assertThat(cloud.provider().servers().get(made.id())).isEmpty();
        }
    }
}
