package dev.cloudmaker.emulator.digitalocean;

import dev.cloudmaker.emulator.kit.EmulatedAccount;
import dev.cloudmaker.emulator.kit.EmulatedKey;
import dev.cloudmaker.emulator.kit.EmulatedRecord;
import dev.cloudmaker.emulator.kit.EmulatedServer;
import java.util.List;
import java.util.Locale;

/** The emulated DigitalOcean account as the kit's read view: droplets as servers, domains as zones. */
final class DigitalOceanAccount implements EmulatedAccount {
    private final State state;

    DigitalOceanAccount(State state) {
        this.state = state;
    }

    @Override
    public List<EmulatedServer> servers() {
        return state.locked(() -> state.droplets.values().stream().map(d -> DropletView.emu(d, state))
                .map(d -> new EmulatedServer(Long.toString(d.id()), d.name(), d.region(), d.size(), d.image(),
                        d.status(), d.status().equals("active"), d.tags(), d.publicIpv4(), d.publicIpv6(),
                        d.privateIpv4()))
                .toList());
    }

    @Override
    public List<String> zones() {
        return state.locked(() -> List.copyOf(state.domains));
    }

    @Override
    public List<EmulatedRecord> records(String zone) {
        return state.locked(() -> state.recordsOf(zone.toLowerCase(Locale.ROOT)).stream()
                .map(r -> new EmulatedRecord(Long.toString(r.id()), r.type(), r.name(), r.data(), r.ttl())).toList());
    }

    @Override
    public List<EmulatedKey> keys() {
        return state.locked(() -> state.keys.values().stream()
                .map(k -> new EmulatedKey(Long.toString(k.id()), k.name(), k.fingerprint(), k.publicKey())).toList());
    }
}
