package dev.cloudmaker.core.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cloudmaker.core.config.TestProviderTypes;
import dev.cloudmaker.core.model.Definition;
import dev.cloudmaker.core.model.SshPublicKey;
import dev.cloudmaker.core.spi.CloudKey;
import dev.cloudmaker.core.spi.ServerChange;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A name in no zone of the account: where zones are free the zone joins the plan; where a zone costs money or must be
 * delegated it does so only when the user asked, and otherwise the plan stops, naming the zone and the names needing it.
 */
class MissingZonePlanTest {
    private static final SshPublicKey KEY = SshPublicKey.parse(
            "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIDJL6Wvk9wZU3NOAEqxTemRqxSf8m9wuhEk0yunvRZd7 fredy@acme.com");

    @TempDir
    Path dir;

    private Definition definition;

    @BeforeEach
    void definition() throws Exception {
        definition = TestProviderTypes.load(Files.writeString(dir.resolve("cloud.json"), """
                {"defaults": {"region": "nyc3", "size": "s-1vcpu-1gb", "image": "debian-12-x64"},
                 "servers": {"web1": {"names": ["www.shop.org", "shop.org"]}, "api": {"names": ["api.shop.org", "api.acme.com"]},
                             "db": {"names": ["db.internal.net"]}}}
                """));
    }

    @Test
    void whereZonesAreFreeTheMissingOnesArePlannedWithTheirRecords() {
        Plan plan = plan(new ZonePolicy("digitalocean", true, false));

        assertThat(plan.actionsOf(PlanAction.CreateDomain.class)).extracting(PlanAction.CreateDomain::domain)
                .containsExactly("shop.org", "internal.net");
        assertThat(plan.actionsOf(PlanAction.CreateRecord.class)).extracting(PlanAction.CreateRecord::fqdn)
                .containsExactly("www.shop.org", "shop.org", "api.shop.org", "api.acme.com", "db.internal.net");
    }

    @Test
    void whereAZoneIsNotFreeAMissingOneStopsThePlanNamingEachZoneItsNamesAndTheFix() {
        assertThatThrownBy(() -> plan(new ZonePolicy("r53", false, false)))
                .isInstanceOf(PlanException.class)
                .hasMessageStartingWith("DNS zones shop.org, internal.net are not in the account of provider r53, the DNS provider;"
                        + " nothing was changed")
                .hasMessageContaining("zone shop.org is needed by www.shop.org (web1), shop.org (web1), api.shop.org (api)")
                .hasMessageContaining("zone internal.net is needed by db.internal.net (db)")
                .hasMessageContaining("cost money", "delegates the domain", "--create-zones")
                .message().doesNotContain("acme.com");
    }

    @Test
    void whereAZoneIsNotFreeCreateZonesPlansItAsOnAFreeOne() {
        Plan asked = plan(new ZonePolicy("r53", false, true));

        assertThat(asked.actions()).isEqualTo(plan(new ZonePolicy("digitalocean", true, false)).actions());
    }

    @Test
    void whereAZoneIsNotFreeNamesInZonesTheAccountHasArePlannedAsBefore() throws Exception {
        definition = TestProviderTypes.load(Files.writeString(dir.resolve("cloud.json"), """
                {"defaults": {"region": "nyc3", "size": "s-1vcpu-1gb", "image": "debian-12-x64"},
                 "servers": {"api": {"names": ["api.acme.com"]}}}
                """));

        Plan plan = plan(new ZonePolicy("r53", false, false));

        assertThat(plan.actionsOf(PlanAction.CreateDomain.class)).isEmpty();
        assertThat(plan.actionsOf(PlanAction.CreateRecord.class)).extracting(PlanAction.CreateRecord::fqdn)
                .containsExactly("api.acme.com");
    }

    private Plan plan(ZonePolicy zones) {
        Observed observed = new Observed(Map.of("digitalocean", Optional.of(new CloudKey("k1", "mine", KEY.md5Fingerprint(),
                KEY.toString(), null))), List.of(), List.of("acme.com"), Map.of("acme.com", List.of()), Map.of(), List.of());
        return new Planner(definition, KEY, observed, Set.of(), address -> Optional.empty(),
                (want, have) -> ServerChange.byEquality(want, have), zones).provision("digest");
    }
}
