package dev.cloudmaker.testkit;

import dev.cloudmaker.emulator.kit.EmulatedAccount;
import dev.cloudmaker.emulator.kit.EmulatedRecord;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What an emulated account holds outside one namespace, taken before a campaign's runs so the
 * checks afterwards can tell that nothing of others was touched.
 *
 * @param namespaceTag the tag the emulator shows on a server of the namespace (the cloud's encoding, such as
 *                     DigitalOcean's {@code cloudmaker:<ns>}); the checks afterwards tell ours from others' by it
 * @param others       servers not tagged with the namespace, as "id name tags"
 * @param records      every zone's records by id
 */
public record AccountSnapshot(String namespaceTag, Set<String> others, Set<String> domains,
                              Map<String, Map<String, EmulatedRecord>> records) {

    public static AccountSnapshot of(EmulatedAccount account, String namespaceTag) {
        Set<String> others = account.servers().stream().filter(d -> !d.tags().contains(namespaceTag))
                .map(d -> d.id() + " " + d.name() + " " + d.tags()).collect(Collectors.toSet());
        List<String> domains = account.zones();
        Map<String, Map<String, EmulatedRecord>> records = domains.stream().collect(Collectors.toMap(Function.identity(),
                z -> account.records(z).stream().collect(Collectors.toMap(EmulatedRecord::id, Function.identity()))));
        return new AccountSnapshot(namespaceTag, others, Set.copyOf(domains), records);
    }
}
