package dev.cloudmaker.bench;

import dev.cloudmaker.emulator.kit.EmulatedAccount;
import dev.cloudmaker.emulator.kit.http.EmulatorStats;
import dev.cloudmaker.emulator.kit.http.RecordedExchange;
import dev.cloudmaker.emulator.triton.TritonEmulator;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The Triton emulator behind {@link BenchEmulator}; machines seeded running, {@code g1.nano}, {@code debian-12},
 * their tags given as {@code key=value}. It has no DNS: the Triton benchmarks give servers no names.
 */
record TritonBenchEmulator(TritonEmulator emu) implements BenchEmulator {

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
        Map<String, String> kv = new LinkedHashMap<>();
        for (String tag : tags) {
            int eq = tag.indexOf('=');
            kv.put(eq < 0 ? tag : tag.substring(0, eq), eq < 0 ? "true" : tag.substring(eq + 1));
        }
        kv.putIfAbsent("cloudmaker.image", TritonBench.IMAGE); // the image as the definition names it, as provision tags it
        emu.seedMachine(name, TritonBench.PACKAGE, TritonBench.IMAGE, kv);
    }

    @Override
    public void seedZone(String zone) {
        throw new UnsupportedOperationException("CloudAPI has no DNS zones");
    }

    @Override
    public void seedRecord(String zone, String type, String name, String data) {
        throw new UnsupportedOperationException("CloudAPI has no DNS records");
    }

    @Override
    public void close() {
        emu.close();
    }
}
