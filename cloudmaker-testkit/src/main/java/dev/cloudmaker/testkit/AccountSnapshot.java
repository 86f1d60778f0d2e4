package dev.cloudmaker.testkit;

import dev.cloudmaker.emulator.digitalocean.DigitalOceanEmulator;
import dev.cloudmaker.emulator.digitalocean.EmuRecord;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What an emulated account holds outside one namespace, taken before a campaign's runs so the
 * checks afterwards can tell that nothing of others was touched.
 *
 * @param others  servers not tagged with the namespace, as "id name tags"
 * @param records every zone's records by id
 */
public record AccountSnapshot(Set<String> others, Set<String> domains, Map<String, Map<Long, EmuRecord>> records) {

    public static AccountSnapshot of(DigitalOceanEmulator emu, String namespaceTag) {
        Set<String> others = emu.droplets().stream().filter(d -> !d.tags().contains(namespaceTag))
                .map(d -> d.id() + " " + d.name() + " " + d.tags()).collect(Collectors.toSet());
        List<String> domains = emu.domains();
        Map<String, Map<Long, EmuRecord>> records = domains.stream().collect(Collectors.toMap(Function.identity(),
                z -> emu.records(z).stream().collect(Collectors.toMap(EmuRecord::id, Function.identity()))));
        return new AccountSnapshot(others, Set.copyOf(domains), records);
    }
}
