package dev.cloudmaker.core.engine;

import dev.cloudmaker.core.CloudmakerException;
import dev.cloudmaker.core.plan.PlanAction.ResizeServer;
import dev.cloudmaker.core.spi.Capabilities;
import dev.cloudmaker.core.spi.CloudServer;
import dev.cloudmaker.core.spi.ServerRequest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ServerResizeTest {
    @Test
    void aCloudThatCannotResizeRefusesBeforeTouchingTheServerAndNamesTheWayOut() {
        FakeServers servers = new FakeServers(0);
        CloudServer web = servers.create(ServerRequest.builder("web1", "r1", "small", "debian-12").namespace("shop").build());
        FakeProvider noResize = new FakeProvider(servers, new Capabilities(true, true, false, false, false));

        // FakeServers refuses mark, power and resize: reaching any of them would fail differently
        assertThatThrownBy(() -> new ServerResize(noResize, EngineSettings.defaults())
                .apply(new ResizeServer("fake", "web1", web.id(), "small", "large"), web))
                .isInstanceOf(CloudmakerException.class)
                .hasMessageContaining("server web1 cannot change size in place on fake (small → large)")
                .hasMessageContaining("--replace web1");
    }
}
