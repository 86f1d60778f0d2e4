package dev.cloudmaker.testkit.campaign;

import dev.cloudmaker.emulator.kit.fault.FaultSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A random fault schedule drawn from a seed: two to six faults over every kind the emulators can
 * inject, aimed at the endpoints a provision uses ({@link CloudFixture#faultEndpoints()}), each hitting
 * with a probability or a first few times; sometimes a 429 storm. Slow answers are either under the
 * client's read timeout or well over it ({@link #READ_TIMEOUT_MS}); a created server stays unlisted for
 * less than the visibility grace the campaign runs with (a server hidden longer than the grace is, by
 * design, created again).
 */
record FaultSchedule(List<FaultSpec> faults) {
    static final int READ_TIMEOUT_MS = 800;
    static final int VISIBILITY_GRACE_MS = 3000;

    private static final List<String> METHODS = List.of("", "", ":GET", ":POST", ":POST", ":DELETE");
    private static final List<String> ERRORS = List.of("500", "502", "503", "504", "html-502");

    static FaultSchedule draw(Random random, CloudFixture cloud) {
        List<String> endpoints = cloud.faultEndpoints();
        List<String> specs = new ArrayList<>();
        int n = 2 + random.nextInt(5);
        for (int i = 0; i < n; i++) {
            specs.add(switch (random.nextInt(7)) {
                case 0, 1 -> pick(random, ERRORS) + target(random, endpoints) + amount(random);
                case 2 -> (random.nextBoolean() ? "reset" : "drop-reply") + target(random, endpoints) + amount(random);
                case 3 -> "slow:" + slowMillis(random) + "ms" + target(random, endpoints) + amount(random);
                case 4 -> "stale-after-create:" + (200 + random.nextInt(VISIBILITY_GRACE_MS - 1000)) + "ms@"
                        + cloud.createEndpoint() + "=" + (1 + random.nextInt(3)) + "x";
                case 5 -> "pending-event=" + (1 + random.nextInt(2)) + "x";
                default -> "429" + target(random, endpoints) + "=" + (1 + random.nextInt(2)) + "x";
            });
        }
        if (random.nextInt(4) == 0) {
            specs.add("429@*=" + (3 + random.nextInt(4)) + "x"); // a storm: every request refused for a while
        }
        return new FaultSchedule(specs.stream().map(FaultSpec::parse).toList());
    }

    private static String target(Random random, List<String> endpoints) {
        return "@" + pick(random, endpoints) + pick(random, METHODS);
    }

    private static String amount(Random random) {
        return random.nextBoolean() ? "=" + (1 + random.nextInt(3)) + "x"
                : "=" + String.format(java.util.Locale.ROOT, "%.2f", 0.05 + random.nextDouble() * 0.25);
    }

    /** Under the read timeout (a slow body) or over it (a timeout: the request may have been carried out). */
    private static int slowMillis(Random random) {
        return random.nextBoolean() ? 100 + random.nextInt(400) : READ_TIMEOUT_MS + 200 + random.nextInt(700);
    }

    private static String pick(Random random, List<String> from) {
        return from.get(random.nextInt(from.size()));
    }

    /** As written on the emulator's command line, e.g. {@code 503@droplets:POST=2x}. */
    @Override
    public String toString() {
        return faults.stream().map(FaultSchedule::spec).toList().toString();
    }

    private static String spec(FaultSpec f) {
        String kind = f.kind().token() + (f.kind().takesDuration() ? ":" + f.duration().toMillis() + "ms" : "");
        String target = "@" + f.endpoint() + (f.method() == null ? "" : ":" + f.method());
        String amount = f.probability() > 0 ? String.valueOf(f.probability()) : f.count() + "x";
        return kind + target + "=" + amount;
    }
}
