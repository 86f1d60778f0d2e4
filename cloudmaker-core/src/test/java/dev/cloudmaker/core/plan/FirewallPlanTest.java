package dev.cloudmaker.core.plan;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cloudmaker.core.config.TestProviderTypes;
import dev.cloudmaker.core.model.Definition;
import dev.cloudmaker.core.model.SshPublicKey;
import dev.cloudmaker.core.model.role.PortSpec;
import dev.cloudmaker.core.spi.CloudKey;
import dev.cloudmaker.core.spi.Firewall;
import dev.cloudmaker.core.spi.ServerChange;
import dev.cloudmaker.core.spi.ServerRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A create carries what its role lets in, for clouds whose firewall stands in front of servers (EC2's security groups). */
class FirewallPlanTest {
    private static final SshPublicKey KEY = SshPublicKey.parse(
            "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIDJL6Wvk9wZU3NOAEqxTemRqxSf8m9wuhEk0yunvRZd7 fredy@acme.com");

    @TempDir
    Path dir;

    @Test
    void aCreateCarriesTheHardenedSshPortAndItsRolesPortsAndARolelessOneSshOnly() throws Exception {
        Definition definition = TestProviderTypes.load(Files.writeString(dir.resolve("cloud.json"), """
                {"bootstrap": {"ssh_port": 2222},
                 "defaults": {"region": "nyc3", "size": "s-1vcpu-1gb", "image": "debian-12-x64"},
                 "roles": {"web": {"ports": [80, 443, "53/udp"]}},
                 "servers": {"web1": {"role": "web"}, "plain": {}}}
                """));
        Observed observed = new Observed(Map.of("digitalocean", Optional.of(new CloudKey("k1", "mine", KEY.md5Fingerprint(),
                KEY.toString(), null))), List.of(), List.of(), Map.of(), Map.of(), List.of());

        Plan plan = new Planner(definition, KEY, observed, Set.of(), address -> Optional.empty(),
                (want, have) -> ServerChange.byEquality(want, have)).provision("digest");

        assertThat(plan.actionsOf(PlanAction.CreateServer.class)).extracting(PlanAction.CreateServer::firewall).containsExactly(
                new Firewall("web", List.of(new PortSpec(2222, "tcp"), new PortSpec(80, "tcp"), new PortSpec(443, "tcp"),
                        new PortSpec(53, "udp"))),
                new Firewall(null, List.of(new PortSpec(2222, "tcp"))));
    }

    @Test
    void theFirewallDoesNotSplitBatches() {
        ServerRequest a = ServerRequest.builder("a", "nyc3", "s", "i").firewall(new Firewall("web", List.of())).build();
        ServerRequest b = ServerRequest.builder("b", "nyc3", "s", "i").firewall(Firewall.SSH_ONLY).build();
        assertThat(a.shape()).isEqualTo(b.shape());
    }
}
