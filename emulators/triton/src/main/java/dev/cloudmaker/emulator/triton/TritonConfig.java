package dev.cloudmaker.emulator.triton;

import dev.cloudmaker.emulator.kit.fault.FaultSpec;
import dev.cloudmaker.emulator.kit.latency.LatencyModel;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

/**
 * Settings collected by {@link TritonEmulatorBuilder}.
 *
 * @param login          the account's login, the first segment of every path (beside {@code my})
 * @param datacenter     the datacenter's name, as ListDatacenters shows it
 * @param timing         every answer's latency and every machine's provisioning time
 * @param actionDuration how long stop, start, reboot, resize, snapshots and deletes take
 * @param keys           keys the account holds from the start (added to a loaded state file's)
 * @param stateFile      may be null: the account then lives in memory
 */
record TritonConfig(int port, String login, String datacenter, LatencyModel timing, Duration actionDuration,
                    int rateLimitPerMinute, List<FaultSpec> faults, long seed, Clock clock, Path stateFile,
                    boolean recordExchanges, List<AccountKey> keys) {
    TritonConfig {
        faults = List.copyOf(faults);
        keys = List.copyOf(keys);
    }
}
