package dev.cloudmaker.emulator.kit.http;

import dev.cloudmaker.emulator.kit.fault.FaultSpec;
import dev.cloudmaker.emulator.kit.latency.LatencyModel;
import dev.cloudmaker.emulator.kit.rate.RateModel;
import java.util.List;

/**
 * How an {@link EmulatorServer} serves, whatever the cloud.
 *
 * @param port            on 127.0.0.1; 0 picks a free one
 * @param faults          checked against the wire's operations at start
 * @param faultSeed       seeds which requests probabilistic faults hit
 * @param recordExchanges keep every request and answer for {@link EmulatorServer#exchanges()}
 */
public record ServerSettings(int port, List<FaultSpec> faults, long faultSeed, RateModel rate, LatencyModel latency,
                             boolean recordExchanges) {
    public ServerSettings {
        faults = List.copyOf(faults);
    }
}
