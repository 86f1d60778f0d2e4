package dev.cloudmaker.local;

import dev.cloudmaker.core.spi.CloudServer;
import dev.cloudmaker.core.spi.ServerRequest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * {@code "local": {"nat": true}} on a real machine: the host masquerades the subnet and forwards, the
 * machine gets a default route via the bridge, and removing the last machine takes the rules away and
 * puts forwarding back as it was. No traffic is sent anywhere but the bridge: only rules and routes are read.
 */
class LocalNatIT {
    private static final String NAMESPACE = "nat-it";
    private static final String BRIDGE = "cmnat0";
    private static final LocalSettings SETTINGS = new LocalSettings(LocalSettings.DEFAULT_HOME, BRIDGE,
            Subnet.parse("10.213.248.0/24"), true);
    private static final Duration T = Duration.ofSeconds(10);
    private static LocalProvider provider;
    private static String forwardingBefore;

    @BeforeAll
    static void hostCanRunMachines() throws Exception {
        assumeTrue("Linux".equals(System.getProperty("os.name")) && HostRequirements.isRoot(),
                "local machines need root on Linux; skipping");
        forwardingBefore = Files.readString(Path.of("/proc/sys/net/ipv4/ip_forward")).strip();
        provider = new LocalProvider(SETTINGS, new ArrayList<String>()::add);
    }

    @AfterAll
    static void removeWhatIsLeft() {
        if (provider != null) {
            provider.servers().list(NAMESPACE).forEach(s -> provider.servers().delete(s.id()));
        }
    }

    @Test
    void aMachineGetsAWayOutThatGoesWithIt() throws Exception {
        CloudServer machine = provider.servers().create(
                ServerRequest.builder("natted", "local", "local-512mb", "debian-12").namespace(NAMESPACE).build());

        String rules = HostCommand.check(T, "nft", "list", "table", "ip", "cloudmaker_" + BRIDGE).stdout();
        assertThat(rules).contains("ip saddr 10.213.248.0/24 oifname != \"" + BRIDGE + "\" masquerade");
        assertThat(Files.readString(Path.of("/proc/sys/net/ipv4/ip_forward")).strip()).isEqualTo("1");
        long init = await().atMost(Duration.ofSeconds(30)).until(() -> NspawnHost.containerInit(
                new MachineStore(SETTINGS.machines()).get(machine.id()).orElseThrow().process()), java.util.Optional::isPresent).get().pid();
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                assertThat(HostCommand.run(T, "nsenter", "-t", Long.toString(init), "-n", "ip", "-4", "route", "show", "default").stdout())
                        .contains("default via 10.213.248.1 dev host0"));

        provider.servers().delete(machine.id());

        assertThat(HostCommand.run(T, "nft", "list", "table", "ip", "cloudmaker_" + BRIDGE).ok()).as("NAT table removed").isFalse();
        assertThat(Files.readString(Path.of("/proc/sys/net/ipv4/ip_forward")).strip()).isEqualTo(forwardingBefore);
        assertThat(SETTINGS.home().resolve("nat/ip_forward.before")).doesNotExist();
    }
}
