package dev.cloudmaker.bench;

import java.util.ArrayList;
import java.util.List;

/**
 * The least wall time any client can take to make N servers with one DNS name (A + AAAA) each on
 * DigitalOcean, given its rate limit (250 requests in any sliding minute; the 5,000 an hour never
 * binds below 2,400 servers) and the emulator's fastest answers and boot.
 *
 * <p>A minimal client makes: one key upload, one domain create, one create per 10 servers (the API's
 * multi-create), then, once the servers have booted, one listing per 200 servers to learn their
 * addresses and two record creates per server. The creates go out at once; the rest cannot start
 * before the fastest boot. Each call is sent at the earliest moment the sliding window allows; the
 * floor is when the last answer arrives.
 */
final class ProvisionFloor {
    static final int PER_MINUTE = 250;
    static final double FASTEST_CREATE_S = 0.30;
    static final double FASTEST_BOOT_S = 25.0;
    static final double FASTEST_LIST_S = 0.08;
    static final double FASTEST_RECORD_S = 0.12;

    private ProvisionFloor() {
    }

    static int minimalCalls(int servers) {
        return 2 + ceilDiv(servers, 10) + ceilDiv(servers, 200) + 2 * servers;
    }

    static double seconds(int servers) {
        List<Double> earliest = new ArrayList<>();
        int before = 2 + ceilDiv(servers, 10);
        for (int i = 0; i < before; i++) {
            earliest.add(0.0);
        }
        double booted = FASTEST_CREATE_S + FASTEST_BOOT_S;
        for (int i = 0; i < ceilDiv(servers, 200); i++) {
            earliest.add(booted);
        }
        double addressed = booted + FASTEST_LIST_S;
        for (int i = 0; i < 2 * servers; i++) {
            earliest.add(addressed);
        }
        double[] sent = new double[earliest.size()];
        for (int k = 0; k < sent.length; k++) {
            // call k may go when the call PER_MINUTE before it has left the window
            double windowFree = k >= PER_MINUTE ? sent[k - PER_MINUTE] + 60 : 0;
            sent[k] = Math.max(earliest.get(k), windowFree);
        }
        return sent[sent.length - 1] + FASTEST_RECORD_S;
    }

    private static int ceilDiv(int a, int b) {
        return (a + b - 1) / b;
    }
}
