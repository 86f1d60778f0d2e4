package dev.cloudmaker.testkit;

import dev.cloudmaker.testkit.campaign.CampaignEmulator;
import dev.cloudmaker.testkit.campaign.CloudFixture;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * A definition of a random shape drawn from a seed, for the reliability campaigns: one to four
 * servers with zero to two DNS names each (in {@link #ZONE}, at its apex, or in {@link #NEW_ZONE},
 * which the run must create; none on a cloud without DNS), in the default namespace or a named one.
 * With it, things of others in the account that provisioning must leave alone: a server of the same
 * name in another namespace (of a name of its own where names are the account's once), an untagged
 * server, and (when the zone already exists) records of other names.
 *
 * @param zoneExists    whether {@link #ZONE} is in the account before the first run
 * @param firstIsSmaller whether the first server already exists, one size smaller, so the run resizes
 *                       it (server actions, where "pending event" refusals happen)
 * @param cloud          the cloud it is drawn for: slugs, and how servers show their namespace
 */
public record RandomDefinition(DefinitionFixture fixture, boolean zoneExists, boolean firstIsSmaller, CloudFixture cloud) {
    public static final String ZONE = "acme.com";
    public static final String NEW_ZONE = "beta.io";
    private static final List<String> SERVER_NAMES = List.of("web1", "web2", "db1", "cache1", "api1");

    /** A definition for that cloud ({@link CloudFixture#definition}), drawn from {@code random}, written into {@code dir}. */
    public static RandomDefinition draw(Random random, Path dir, CloudFixture cloud) {
        ServerSlugs slugs = cloud.slugs();
        DefinitionFixture fixture = cloud.definition(dir);
        if (random.nextBoolean()) {
            fixture.namespace("camp");
        }
        List<String> names = new ArrayList<>(SERVER_NAMES);
        Collections.shuffle(names, random);
        List<String> freeNames = new ArrayList<>(List.of(ZONE, "www." + ZONE));
        for (String server : names.subList(0, 1 + random.nextInt(4))) {
            List<String> candidates = new ArrayList<>(freeNames);
            candidates.add(server + "." + ZONE);
            candidates.add(server + "." + NEW_ZONE);
            Collections.shuffle(candidates, random);
            List<String> drawn = List.copyOf(candidates.subList(0, random.nextInt(3)));
            List<String> dns = cloud.offersDns() ? drawn : List.of();
            freeNames.removeAll(drawn); // as drawn, so that a cloud without DNS draws the same shapes
            fixture.server(FixtureServer.of(slugs, server, dns.toArray(String[]::new)));
        }
        boolean zoneExists = random.nextBoolean() && cloud.offersDns();
        return new RandomDefinition(fixture.write(), zoneExists, random.nextInt(3) == 0, cloud);
    }

    /** Puts the zone (when it exists beforehand), the smaller first server, and the others' servers and records into the account. */
    public void seedAccount(CampaignEmulator emu) {
        ServerSlugs slugs = cloud.slugs();
        String ours = fixture.servers().getFirst().name();
        if (firstIsSmaller) {
            emu.seedServer(ours, slugs.region(), slugs.smallerSize(), slugs.image(), List.of(cloud.namespaceTag(fixture.namespace())));
        }
        String twinName = cloud.namesUniquePerAccount() ? ours + "-other" : ours;
        String twin = emu.seedServer(twinName, slugs.region(), slugs.size(), slugs.image(), List.of(cloud.namespaceTag("other")));
        emu.seedServer("bastion", slugs.region(), slugs.size(), slugs.image(), List.of());
        if (zoneExists) {
            emu.seedZone(ZONE);
            String twinAddress = emu.account().servers().stream().filter(d -> d.id().equals(twin)).findFirst().orElseThrow()
                    .publicIpv4();
            emu.seedRecord(ZONE, "A", "legacy", twinAddress);
            emu.seedRecord(ZONE, "MX", "@", "mail." + ZONE);
            emu.seedRecord(ZONE, "TXT", "@", "v=spf1 -all");
        }
    }

    @Override
    public String toString() {
        return "namespace " + fixture.namespace() + ", servers " + fixture.dnsNamesByServer()
                + (zoneExists ? ", " + ZONE + " exists" : ", no zone yet")
                + (firstIsSmaller ? ", the first server exists at " + cloud.slugs().smallerSize() : "");
    }
}
