package dev.cloudmaker.bench;

import dev.cloudmaker.emulator.kit.latency.LatencyModel;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The least wall time any client can take to make N servers with one DNS name (A + AAAA) each against
 * the benchmark's emulator with one seed, given the cloud's {@link FloorModel}: its rate limit in any sliding
 * minute (an hourly limit never binds at the sizes benchmarked) and the model's fastest answers.
 *
 * <p>A minimal client makes: one key upload, one domain create and one create per
 * {@code serversPerCreate} servers (DigitalOcean's multi-create takes 10), all at once; one listing per
 * {@code serversPerPage} servers to learn the addresses; two record creates per server, each as soon as its
 * server has booted. Where the servers have no names ({@link FloorModel#recordsPerServer} 0: no zone, no records),
 * the listings go once the last server has booted, and the floor is when the last of them answers. Server k boots in the model's k-th boot delay for the seed (the emulator draws boots
 * from a stream of their own, so every client meets the same ones). Calls are sent at the earliest moment
 * the sliding window allows, in order of when they could go; the floor is when the last answer arrives. It
 * is the same for every tool at one size and seed; it is not reachable (it assumes a client knows each
 * address the moment its server boots).
 */
final class ProvisionFloor {
    private ProvisionFloor() {
    }

    static int minimalCalls(FloorModel cloud, int servers) {
        return first(cloud, servers) + ceilDiv(servers, cloud.serversPerPage()) + cloud.recordsPerServer() * servers;
    }

    static double seconds(FloorModel cloud, int servers, long seed) {
        LatencyModel model = cloud.latency().apply(seed);
        List<Double> earliest = new ArrayList<>();
        int first = first(cloud, servers);
        for (int i = 0; i < first; i++) {
            earliest.add(0.0);
        }
        double firstBoot = Double.MAX_VALUE;
        double lastBoot = 0;
        for (int k = 0; k < servers; k++) {
            double booted = cloud.fastestCreateS() + model.bootDelay().toMillis() / 1000.0;
            firstBoot = Math.min(firstBoot, booted);
            lastBoot = Math.max(lastBoot, booted);
            for (int r = 0; r < cloud.recordsPerServer(); r++) {
                earliest.add(booted + cloud.fastestListS()); // A, AAAA
            }
        }
        boolean records = cloud.recordsPerServer() > 0;
        for (int i = 0; i < ceilDiv(servers, cloud.serversPerPage()); i++) {
            // with records, a listing once the first has booted gives the addresses; without, the last listing is
            // the one that sees the last server running
            earliest.add(records ? firstBoot : lastBoot);
        }
        Collections.sort(earliest);
        int perMinute = cloud.perMinute();
        double[] sent = new double[earliest.size()];
        for (int k = 0; k < sent.length; k++) {
            // call k may go once the call perMinute before it has left the window
            double windowFree = k >= perMinute ? sent[k - perMinute] + 60 : 0;
            sent[k] = Math.max(earliest.get(k), windowFree);
        }
        return sent[sent.length - 1] + (records ? cloud.fastestRecordS() : cloud.fastestListS());
    }

    /** The calls that can go at once: the key upload, the zone (when there are records) and the creates. */
    private static int first(FloorModel cloud, int servers) {
        return 1 + (cloud.recordsPerServer() > 0 ? 1 : 0) + ceilDiv(servers, cloud.serversPerCreate());
    }

    private static int ceilDiv(int a, int b) {
        return (a + b - 1) / b;
    }
}
