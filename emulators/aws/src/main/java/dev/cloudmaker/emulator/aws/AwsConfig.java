package dev.cloudmaker.emulator.aws;

import dev.cloudmaker.emulator.kit.fault.FaultSpec;
import dev.cloudmaker.emulator.kit.latency.LatencyModel;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

/**
 * Settings collected by {@link AwsEmulatorBuilder}.
 *
 * @param accessKeyId     the one access key id requests may be signed with
 * @param secretAccessKey the secret their SigV4 signatures are verified with
 * @param region          the region clients are told to use (every catalogue region answers)
 * @param timing          every answer's latency and every instance's boot time
 * @param actionDuration  how long stop, start, terminate and CreateImage take
 * @param changeDelay     how long a Route 53 change stays {@code PENDING}
 * @param bucketCapacity  requests a token bucket holds (per access key and API class); 0 turns throttling off
 * @param refillPerSecond tokens flowing back into a bucket each second
 * @param stateFile       may be null: the account then lives in memory
 */
record AwsConfig(int port, String accessKeyId, String secretAccessKey, String region, LatencyModel timing,
                 Duration actionDuration, Duration changeDelay, int bucketCapacity, double refillPerSecond,
                 List<FaultSpec> faults, long seed, Clock clock, Path stateFile, boolean recordExchanges) {
    AwsConfig {
        faults = List.copyOf(faults);
    }
}
