package dev.cloudmaker.emulator.aws;

import dev.cloudmaker.emulator.kit.EmulatedAccount;
import dev.cloudmaker.emulator.kit.EmulatedKey;
import dev.cloudmaker.emulator.kit.EmulatedRecord;
import dev.cloudmaker.emulator.kit.EmulatedServer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The account in the kit's terms: an instance's name is its {@code Name} tag, its tags {@code key=value}; records
 * are one per value, named relative to the zone ({@code @} for the apex) and identified by name, type and value.
 */
final class AwsAccountView implements EmulatedAccount {
    private final AwsState state;

    AwsAccountView(AwsState state) {
        this.state = state;
    }

    @Override
    public List<EmulatedServer> servers() {
        return state.locked(() -> {
            List<EmulatedServer> out = new ArrayList<>();
            for (Ec2Region region : state.regions.values()) {
                for (Instance i : region.instances.values()) {
                    Map<String, String> tags = region.tagsOf(i.id);
                    out.add(new EmulatedServer(i.id, tags.getOrDefault("Name", i.id), region.name, i.instanceType,
                            i.imageId, i.state.wireName(), i.state == InstanceState.RUNNING,
                            tags.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).toList(),
                            i.shownPublicIp(), i.ipv6, i.privateIp));
                }
            }
            return out;
        });
    }

    @Override
    public List<String> zones() {
        return state.locked(() -> state.zones.values().stream().map(z -> strip(z.name)).toList());
    }

    @Override
    public List<EmulatedRecord> records(String zone) {
        String wanted = DnsNames.normalize(zone);
        return state.locked(() -> {
            List<EmulatedRecord> out = new ArrayList<>();
            state.zones.values().stream().filter(z -> z.name.equals(wanted)).forEach(z -> {
                for (RecordSet s : z.records) {
                    String name = s.name().equals(z.name) ? "@" : s.name().substring(0, s.name().length() - z.name.length() - 1);
                    for (String v : s.values()) {
                        out.add(new EmulatedRecord(s.name() + "/" + s.type() + "/" + v, s.type(), name, strip(v), (int) s.ttl()));
                    }
                }
            });
            return out;
        });
    }

    @Override
    public List<EmulatedKey> keys() {
        return state.locked(() -> state.regions.values().stream().flatMap(r -> r.keyPairs.values().stream())
                .map(k -> new EmulatedKey(k.id(), k.name(), k.fingerprint(), k.publicKey())).toList());
    }

    private static String strip(String s) {
        return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
    }
}
