package dev.cloudmaker.local;

import dev.cloudmaker.core.spi.CloudServer;
import dev.cloudmaker.core.spi.ServerRequest;
import dev.cloudmaker.core.spi.ServerStatus;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Real machines on this host: two are made, reach SSH, are routed via the test's own bridge, and
 * leave nothing behind when removed. Skips where the host cannot run them (not Linux, not root).
 */
class LocalMachinesIT {
    private static final String NAMESPACE = "local-it";
    private static final String TAG = "cloudmaker:" + NAMESPACE;
    private static final LocalSettings SETTINGS = new LocalSettings(LocalSettings.DEFAULT_HOME, "cmit0",
            Subnet.parse("10.213.250.0/24"), false);
    private static LocalProvider provider;
    private static final List<String> notices = new ArrayList<>();

    @BeforeAll
    static void hostCanRunMachines() {
        assumeTrue("Linux".equals(System.getProperty("os.name")) && HostRequirements.isRoot(),
                "local machines need root on Linux; skipping");
        provider = new LocalProvider(SETTINGS, notices::add);
    }

    @AfterAll
    static void removeWhatIsLeft() {
        if (provider != null) {
            provider.servers().list(NAMESPACE).forEach(s -> provider.servers().delete(s.id()));
        }
    }

    @Test
    void twoMachinesBootReachSshAndLeaveNothingBehind() throws IOException {
        List<CloudServer> made = provider.servers().batch().orElseThrow().create(List.of(request("alpha"), request("beta")));
        assertThat(made).extracting(CloudServer::name).containsExactly("alpha", "beta");
        assertThat(made).allSatisfy(s -> assertThat(s.networking().publicIpv4()).startsWith("10.213.250."));
        assertThat(made.get(0).networking().publicIpv4()).isNotEqualTo(made.get(1).networking().publicIpv4());

        List<CloudServer> listed = provider.servers().list(NAMESPACE);
        assertThat(listed).extracting(CloudServer::status).containsOnly(ServerStatus.ACTIVE);
        for (CloudServer s : listed) {
            provider.checkReachable(s);
            await().atMost(Duration.ofSeconds(60)).until(() -> SshBanner.answers(s.networking().publicIpv4()));
        }

        for (CloudServer s : listed) {
            provider.servers().delete(s.id());
        }
        assertThat(provider.servers().list(NAMESPACE)).isEmpty();
        assertNothingLeft(listed);
    }

    @Test
    void refusesAnAddressTheHostDoesNotRouteViaTheBridge() {
        CloudServer elsewhere = new CloudServer("x", "stray", "local", "local-1gb", "debian-12", ServerStatus.ACTIVE, false,
                false, List.of(TAG), null, false, new dev.cloudmaker.core.model.Networking("192.0.2.77", null, null), java.time.Instant.now(), "local");
        assertThatThrownBy(() -> provider.checkReachable(elsewhere))
                .hasMessageContaining("refusing to connect to stray at 192.0.2.77");
    }

    private static ServerRequest request(String name) {
        return ServerRequest.builder(name, "local", "local-1gb", "debian-12").namespace(NAMESPACE).build();
    }

    private static void assertNothingLeft(List<CloudServer> removed) throws IOException {
        for (CloudServer s : removed) {
            assertThat(SETTINGS.machines().resolve(s.id())).doesNotExist();
            assertThat(Path.of("/sys/fs/cgroup/systemd/cloudmaker", s.id())).doesNotExist();
            assertThat(Path.of("/sys/fs/cgroup/unified/cloudmaker", s.id())).doesNotExist();
            assertThat(HostCommand.run(Duration.ofSeconds(5), "ip", "link", "show", "vb-" + s.id()).ok()).isFalse();
        }
        assertThat(HostCommand.run(Duration.ofSeconds(5), "ip", "link", "show", "cmit0").ok()).as("bridge removed").isFalse();
        // other runs on this host may have machines mounted meanwhile: only ours must be gone
        String mounts = Files.readString(Path.of("/proc/self/mounts"));
        removed.forEach(s -> assertThat(mounts).doesNotContain(SETTINGS.machines().resolve(s.id()).toString()));
        assertThat(ProcessHandle.allProcesses().map(p -> p.info().commandLine().orElse("")))
                .noneMatch(c -> c.contains("systemd-nspawn") && removed.stream().anyMatch(s -> c.contains(s.id())))
                .noneMatch(c -> c.contains("apt-cacher-ng") && c.contains(SETTINGS.proxy().toString()));
    }
}
