package dev.cloudmaker.ssh.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cloudmaker.ssh.bootstrap.fake.Bootstraps;
import dev.cloudmaker.ssh.bootstrap.fake.FakeServer;
import dev.cloudmaker.ssh.bootstrap.fake.Servers;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** One Bootstrapper serves many servers at once: it keeps no per-server state. */
class ParallelTest {
    @Test
    void eightServersAtOnceEachGetTheirOwnCompleteBootstrap() throws Exception {
        Bootstraps bootstraps = new Bootstraps();
        List<FakeServer> servers = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            servers.add(i % 2 == 0 ? Servers.debian12() : Servers.rocky9());
        }
        List<Future<BootstrapReport>> reports = new ArrayList<>();
        try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            for (FakeServer s : servers) {
                reports.add(pool.submit(() -> bootstraps.run(s)));
            }
        }
        for (int i = 0; i < 8; i++) {
            BootstrapReport r = reports.get(i).get();
            assertThat(r.changedCount()).isEqualTo(6);
            assertThat(servers.get(i).installed).contains("fail2ban");
        }
        assertThat(bootstraps.events).hasSize(8 * 18);
    }
}
