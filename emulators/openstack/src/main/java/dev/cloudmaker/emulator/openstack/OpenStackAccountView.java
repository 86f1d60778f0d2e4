package dev.cloudmaker.emulator.openstack;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cloudmaker.emulator.kit.EmulatedAccount;
import dev.cloudmaker.emulator.kit.EmulatedKey;
import dev.cloudmaker.emulator.kit.EmulatedRecord;
import dev.cloudmaker.emulator.kit.EmulatedServer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The project as the kit's read view: servers (Nova's status word, tags then metadata as {@code key=value}, the
 * flavor's name as the size, the region, the image's id; addresses on {@code public} as public and on
 * {@code private} as private), zones without their trailing dot, one record per record-set value, and key pairs.
 */
final class OpenStackAccountView implements EmulatedAccount {
    private final OpenStackState state;

    OpenStackAccountView(OpenStackState state) {
        this.state = state;
    }

    @Override
    public List<EmulatedServer> servers() {
        return state.locked(() -> state.servers.values().stream().map(this::server).toList());
    }

    private EmulatedServer server(Server s) {
        List<String> tags = new ArrayList<>(s.tags);
        s.metadata.forEach((k, v) -> tags.add(k + "=" + v));
        Map<String, List<ObjectNode>> addresses = new ServerView(state).addresses(s);
        return new EmulatedServer(s.id, s.name, state.config.region(), Flavor.byId(s.flavorId).orElseThrow().name(),
                s.imageId, s.status(), s.powerState == Server.RUNNING, tags, first(addresses, "public", 4),
                first(addresses, "public", 6), first(addresses, "private", 4));
    }

    private static String first(Map<String, List<ObjectNode>> addresses, String network, int version) {
        return addresses.getOrDefault(network, List.of()).stream().filter(a -> a.get("version").asInt() == version)
                .filter(a -> a.get("OS-EXT-IPS:type").asText().equals("fixed"))
                .map(a -> a.get("addr").asText()).findFirst().orElse(null);
    }

    @Override
    public List<String> zones() {
        return state.locked(() -> state.zones.values().stream().map(z -> strip(z.name)).toList());
    }

    @Override
    public List<EmulatedRecord> records(String zone) {
        String name = zone.toLowerCase(Locale.ROOT).replaceAll("\\.$", "") + ".";
        return state.locked(() -> {
            List<EmulatedRecord> out = new ArrayList<>();
            state.zones.values().stream().filter(z -> z.name.equals(name)).findFirst().ifPresent(z ->
                    state.recordsets.values().stream().filter(rs -> rs.zoneId.equals(z.id)).forEach(rs -> {
                        String relative = rs.name.equals(z.name) ? "@"
                                : rs.name.substring(0, rs.name.length() - z.name.length() - 1);
                        int ttl = rs.ttl == null ? z.ttl : rs.ttl;
                        for (int i = 0; i < rs.records.size(); i++) {
                            out.add(new EmulatedRecord(rs.id + "/" + i, rs.type, relative, strip(rs.records.get(i)), ttl));
                        }
                    }));
            return out;
        });
    }

    private static String strip(String name) {
        return name.endsWith(".") ? name.substring(0, name.length() - 1) : name;
    }

    @Override
    public List<EmulatedKey> keys() {
        return state.locked(() -> state.keypairs.values().stream()
                .map(k -> new EmulatedKey(k.name(), k.name(), k.fingerprint(), k.publicKey().strip())).toList());
    }
}
