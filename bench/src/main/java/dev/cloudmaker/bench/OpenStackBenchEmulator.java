package dev.cloudmaker.bench;

import dev.cloudmaker.emulator.kit.EmulatedAccount;
import dev.cloudmaker.emulator.kit.http.EmulatorStats;
import dev.cloudmaker.emulator.kit.http.RecordedExchange;
import dev.cloudmaker.emulator.openstack.OpenStackEmulator;
import java.net.URI;
import java.util.List;

/**
 * The OpenStack emulator behind {@link BenchEmulator}. Its {@link #url} is Keystone's, what {@code --api-url} points
 * the openstack provider at. It cannot put servers or records into its state without a request, so the OpenStack
 * no-op run ({@link OpenStackNoopBenchmark}) makes them with a first provision instead of seeding them.
 */
record OpenStackBenchEmulator(OpenStackEmulator emu) implements BenchEmulator {

    @Override
    public URI url() {
        return emu.authUrl();
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
        throw new UnsupportedOperationException("the OpenStack emulator makes servers through Nova only; OpenStackNoopBenchmark"
                + " provisions them first");
    }

    @Override
    public void seedZone(String zone) {
        emu.addZone(zone);
    }

    @Override
    public void seedRecord(String zone, String type, String name, String data) {
        emu.addRecord(zone, type, name, data);
    }

    @Override
    public void close() {
        emu.close();
    }
}
