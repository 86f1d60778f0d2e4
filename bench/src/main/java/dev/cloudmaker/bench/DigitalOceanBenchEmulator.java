package dev.cloudmaker.bench;

import dev.cloudmaker.emulator.digitalocean.DigitalOceanEmulator;
import dev.cloudmaker.emulator.kit.EmulatedAccount;
import dev.cloudmaker.emulator.kit.http.EmulatorStats;
import dev.cloudmaker.emulator.kit.http.RecordedExchange;
import java.net.URI;
import java.util.List;

/** The DigitalOcean emulator behind {@link BenchEmulator}; servers seeded in nyc3, s-1vcpu-1gb, debian-12-x64. */
record DigitalOceanBenchEmulator(DigitalOceanEmulator emu) implements BenchEmulator {

    @Override
    public URI url() {
        return emu.baseUrl();
    }

    @Override
    public EmulatedAccount account() {
        return emu.account();
    }

    @Override
    public EmulatorStats stats() {
        return emu.stats();
    }

    @Override
    public void resetStats() {
        emu.resetStats();
    }

    @Override
    public List<RecordedExchange> exchanges() {
        return emu.exchanges();
    }

    @Override
    public void seedServer(String name, List<String> tags) {
        emu.seedDroplet(name, "nyc3", "s-1vcpu-1gb", "debian-12-x64", tags);
    }

    @Override
    public void seedZone(String zone) {
        emu.seedDomain(zone);
    }

    @Override
    public void seedRecord(String zone, String type, String name, String data) {
        emu.seedRecord(zone, type, name, data);
    }

    @Override
    public void close() {
        emu.close();
    }
}
