package dev.cloudmaker.bench;

import dev.cloudmaker.emulator.digitalocean.DigitalOceanLatency;
import dev.cloudmaker.emulator.kit.latency.LatencyModel;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The least wall time any client can take to make N servers with one DNS name (A + AAAA) each against
 * the benchmark's emulator ({@link EmulatedCloud} with one seed), given DigitalOcean's rate limit of
 * 250 requests in any sliding minute (the 5,000 an hour never binds below 2,400 servers) and the
 * model's fastest answers.
 *
 * <p>A minimal client makes: one key upload, one domain create and one create per 10 servers (the
 * API's multi-create), all at once; one listing per 200 servers to learn the addresses; two record
 * creates per server, each as soon as its server has booted. Server k boots in the model's k-th boot
 * delay for the seed (the emulator draws boots from a stream of their own, so every client meets the
 * same ones). Calls are sent at the earliest moment the sliding window allows, in order of when they
 * could go; the floor is when the last answer arrives. It is the same for every tool at one size and
 * seed; it is not reachable (it assumes a client knows each address the moment its server boots).
 */
final class ProvisionFloor {
    static final int PER_MINUTE = 250;
    static final double FASTEST_CREATE_S = 0.30;
    static final double FASTEST_LIST_S = 0.08;
    static final double FASTEST_RECORD_S = 0.12;

    private ProvisionFloor() {
    }

    static int minimalCalls(int servers) {
        return 2 + ceilDiv(servers, 10) + ceilDiv(servers, 200) + 2 * servers;
    }

    static double seconds(int servers, long seed) {
        LatencyModel model = DigitalOceanLatency.model(seed);
        List<Double> earliest = new ArrayList<>();
        int first = 2 + ceilDiv(servers, 10);
        for (int i = 0; i < first; i++) {
            earliest.add(0.0);
        }
        double firstBoot = Double.MAX_VALUE;
        for (int k = 0; k < servers; k++) {
            double booted = FASTEST_CREATE_S + model.bootDelay().toMillis() / 1000.0;
            firstBoot = Math.min(firstBoot, booted);
            earliest.add(booted + FASTEST_LIST_S); // A
            earliest.add(booted + FASTEST_LIST_S); // AAAA
        }
        for (int i = 0; i < ceilDiv(servers, 200); i++) {
            earliest.add(firstBoot);
        }
        Collections.sort(earliest);
        double[] sent = new double[earliest.size()];
        for (int k = 0; k < sent.length; k++) {
            // call k may go once the call PER_MINUTE before it has left the window
            double windowFree = k >= PER_MINUTE ? sent[k - PER_MINUTE] + 60 : 0;
            sent[k] = Math.max(earliest.get(k), windowFree);
        }
        return sent[sent.length - 1] + FASTEST_RECORD_S;
    }

    private static int ceilDiv(int a, int b) {
        return (a + b - 1) / b;
    }
}
