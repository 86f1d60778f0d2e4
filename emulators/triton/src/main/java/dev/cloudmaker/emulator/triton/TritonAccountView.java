package dev.cloudmaker.emulator.triton;

import dev.cloudmaker.emulator.kit.EmulatedAccount;
import dev.cloudmaker.emulator.kit.EmulatedKey;
import dev.cloudmaker.emulator.kit.EmulatedRecord;
import dev.cloudmaker.emulator.kit.EmulatedServer;
import java.util.List;

/**
 * The Triton account as the kit's read view: live machines (tags as {@code key=value}, the package as the size, the
 * datacenter as the region) and keys (named by name, which is their id in CloudAPI). CloudAPI has no DNS zones.
 */
final class TritonAccountView implements EmulatedAccount {
    private final TritonState state;

    TritonAccountView(TritonState state) {
        this.state = state;
    }

    @Override
    public List<EmulatedServer> servers() {
        return state.locked(() -> state.machines.values().stream().filter(m -> !m.isDeleted()).map(this::server).toList());
    }

    private EmulatedServer server(Machine m) {
        boolean booted = m.hasBooted();
        List<String> tags = m.tags.entrySet().stream().map(e -> e.getKey() + "=" + Json.text(e.getValue())).toList();
        return new EmulatedServer(m.id, m.name, state.config.datacenter(), Catalog.pkg(m.packageId).orElseThrow().name(),
                m.image, m.state.word(), m.state == MachineState.RUNNING, tags, booted ? m.publicIp : null, null,
                booted ? m.privateIp : null);
    }

    @Override
    public List<String> zones() {
        return List.of();
    }

    @Override
    public List<EmulatedRecord> records(String zone) {
        return List.of();
    }

    @Override
    public List<EmulatedKey> keys() {
        return state.locked(() -> state.keys.stream()
                .map(k -> new EmulatedKey(k.name(), k.name(), k.fingerprint(), k.key())).toList());
    }
}
