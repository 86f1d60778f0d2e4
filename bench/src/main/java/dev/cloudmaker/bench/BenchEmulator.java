package dev.cloudmaker.bench;

import dev.cloudmaker.emulator.kit.EmulatedAccount;
import dev.cloudmaker.emulator.kit.http.EmulatorStats;
import dev.cloudmaker.emulator.kit.http.RecordedExchange;
import java.net.URI;
import java.util.List;

/** A running emulator as the benchmarks use it: an account to seed and check, and the requests it served. */
interface BenchEmulator extends AutoCloseable {

    URI url();

    EmulatedAccount account();

    EmulatorStats stats();

    void resetStats();

    /** Every exchange so far, when the emulator was started to record them; else empty. */
    List<RecordedExchange> exchanges();

    /** Adds a running server with addresses, in the cloud's usual region, size and image. */
    void seedServer(String name, List<String> tags);

    void seedZone(String zone);

    void seedRecord(String zone, String type, String name, String data);

    @Override
    void close();
}
