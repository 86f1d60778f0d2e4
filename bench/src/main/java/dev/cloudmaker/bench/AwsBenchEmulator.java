package dev.cloudmaker.bench;

import dev.cloudmaker.emulator.aws.AwsEmulator;
import dev.cloudmaker.emulator.kit.EmulatedAccount;
import dev.cloudmaker.emulator.kit.http.EmulatorStats;
import dev.cloudmaker.emulator.kit.http.RecordedExchange;
import java.net.URI;
import java.util.List;

/**
 * The AWS emulator behind {@link BenchEmulator}, its zone {@link BenchDefinition#ZONE} made at start. It cannot seed
 * instances yet (the emulator has no seeding call; the no-op benchmark needs one, with the namespace's security group
 * and key pair), so {@code NoopBenchmark --cloud aws} stops with that message.
 */
record AwsBenchEmulator(AwsEmulator emu) implements BenchEmulator {

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
        throw new UnsupportedOperationException("the AWS emulator cannot seed instances yet: the no-op benchmark does not"
                + " run on --cloud aws");
    }

    /** The zone is there from the start, as a Route 53 zone is before cloudmaker's first run. */
    @Override
    public void seedZone(String zone) {
        if (!emu.account().zones().contains(zone)) {
            emu.addZone(zone);
        }
    }

    @Override
    public void seedRecord(String zone, String type, String name, String data) {
        throw new UnsupportedOperationException("the AWS emulator cannot seed records yet");
    }

    @Override
    public void close() {
        emu.close();
    }
}
