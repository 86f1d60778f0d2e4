package dev.cloudmaker.bench;

import dev.cloudmaker.emulator.kit.latency.LatencyModel;
import java.util.function.LongFunction;

/**
 * What sets one cloud's provisioning floor ({@link ProvisionFloor}): its rate limit, how many servers one create
 * call and one list page hold, the fastest answers of its emulator's latency model, and that model for a seed
 * (whose boot delays the floor waits for).
 *
 * @param perMinute        requests allowed in any sliding minute
 * @param serversPerCreate servers one create call makes (1 where the API has no multi-create)
 * @param serversPerPage   servers one list page holds
 * @param recordsPerServer DNS records a server's name takes (A and AAAA: 2), 0 where the benchmark's servers have no
 *                         names (Triton: CloudAPI has no DNS records); then no zone is made either, and the floor ends
 *                         with the read that sees the last server running
 */
record FloorModel(int perMinute, int serversPerCreate, int serversPerPage, double fastestCreateS, double fastestListS,
                  double fastestRecordS, LongFunction<LatencyModel> latency, int recordsPerServer) {
}
