package dev.cloudmaker.digitalocean;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cloudmaker.emulator.digitalocean.DigitalOceanEmulator;
import dev.cloudmaker.emulator.digitalocean.EmuDroplet;
import dev.cloudmaker.emulator.digitalocean.EmuRecord;
import dev.cloudmaker.testkit.DefinitionFixture;
import dev.cloudmaker.testkit.FixtureServer;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** What "the cloud matches the definition" means, checked on the emulator's own state. */
final class CloudChecks {
    static final String ZONE = "acme.com";
    static final String NAMESPACE_TAG = "cloudmaker:default";

    private CloudChecks() {
    }

    /** Exactly the declared droplets (no duplicates), each in the namespace, and one A and AAAA per name. */
    static void assertConverged(DigitalOceanEmulator emu, DefinitionFixture fixture, String context) {
        List<String> declared = fixture.servers().stream().map(FixtureServer::name).toList();
        assertThat(emu.droplets()).as(context + ": droplets").extracting(EmuDroplet::name)
                .containsExactlyInAnyOrderElementsOf(declared);
        assertThat(emu.droplets()).as(context + ": namespace tag")
                .allSatisfy(d -> assertThat(d.tags()).contains(NAMESPACE_TAG));
        assertThat(emu.keys()).as(context + ": keys").hasSize(1);
        assertRecordsPointAtDroplets(emu, fixture, context);
    }

    static void assertRecordsPointAtDroplets(DigitalOceanEmulator emu, DefinitionFixture fixture, String context) {
        Map<String, EmuDroplet> byName = dropletsByName(emu);
        List<EmuRecord> records = emu.records(ZONE);
        fixture.dnsNames().forEach((fqdn, server) -> {
            EmuDroplet d = byName.get(server);
            String relative = relative(fqdn);
            assertThat(matching(records, "A", relative)).as(context + ": A " + fqdn)
                    .singleElement().extracting(EmuRecord::data).isEqualTo(d.publicIpv4());
            assertThat(matching(records, "AAAA", relative)).as(context + ": AAAA " + fqdn)
                    .singleElement().extracting(EmuRecord::data).isEqualTo(d.publicIpv6());
        });
    }

    static Map<String, EmuDroplet> dropletsByName(DigitalOceanEmulator emu) {
        return emu.droplets().stream().collect(Collectors.toMap(EmuDroplet::name, Function.identity()));
    }

    static List<EmuRecord> addressRecords(DigitalOceanEmulator emu) {
        return emu.records(ZONE).stream().filter(r -> r.type().equals("A") || r.type().equals("AAAA")).toList();
    }

    /** {@code acme.com} → {@code @}; {@code server1.acme.com} → {@code server1}. */
    static String relative(String fqdn) {
        return fqdn.equals(ZONE) ? "@" : fqdn.substring(0, fqdn.length() - ZONE.length() - 1);
    }

    private static List<EmuRecord> matching(List<EmuRecord> records, String type, String name) {
        return records.stream().filter(r -> r.type().equals(type) && r.name().equals(name)).toList();
    }
}
