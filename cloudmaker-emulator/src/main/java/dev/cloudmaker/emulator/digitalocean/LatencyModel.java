package dev.cloudmaker.emulator.digitalocean;

import java.time.Duration;
import java.util.Random;

/**
 * How long the emulated API takes to answer, per kind of call, and how long droplets take to boot;
 * seeded, so a run's delays replay. Set with {@link DigitalOceanEmulatorBuilder#latencyModel}; without
 * one the emulator uses its fixed {@code latency} and {@code bootDelay}.
 *
 * <p>{@link #digitalOcean(long)} is a model of the real API as seen from a client in Europe or the US.
 * DigitalOcean publishes no latency figures (the design notes have none), so every number here is an
 * estimate from typical observations, not a measurement:
 * <ul>
 *   <li>a read of one resource: 60-100 ms;</li>
 *   <li>a list page: 80-120 ms plus 0.5 ms per KiB of answer (a page of 200 droplets, about 200 KiB,
 *       takes about 200 ms);</li>
 *   <li>a droplet create: 300-600 ms (it schedules a hypervisor slot), deletes 200-300 ms;</li>
 *   <li>a DNS record write: 120-180 ms; other writes (keys, domains, tags, actions) 150-250 ms;</li>
 *   <li>boot, from create to {@code active}: 25-55 s.</li>
 * </ul>
 * Each delay is drawn uniformly from its range; boots from a stream of their own (see {@link #bootDelay}).
 */
public final class LatencyModel {
    private final Random random;
    private final Random boots; // its own stream: the k-th droplet boots as long whatever calls came before
    private final Range read;
    private final Range list;
    private final double listMillisPerKib;
    private final Range dropletCreate;
    private final Range delete;
    private final Range recordWrite;
    private final Range otherWrite;
    private final Range boot;

    /** A delay drawn uniformly from {@code [min, max]} milliseconds. */
    private record Range(long min, long max) {
        long draw(Random random) {
            return min + (max > min ? (long) (random.nextDouble() * (max - min + 1)) : 0);
        }
    }

    private LatencyModel(long seed, Range read, Range list, double listMillisPerKib, Range dropletCreate, Range delete,
                         Range recordWrite, Range otherWrite, Range boot) {
        this.random = new Random(seed);
        this.boots = new Random(~seed);
        this.read = read;
        this.list = list;
        this.listMillisPerKib = listMillisPerKib;
        this.dropletCreate = dropletCreate;
        this.delete = delete;
        this.recordWrite = recordWrite;
        this.otherWrite = otherWrite;
        this.boot = boot;
    }

    /** DigitalOcean as estimated above. */
    public static LatencyModel digitalOcean(long seed) {
        return new LatencyModel(seed, new Range(60, 100), new Range(80, 120), 0.5, new Range(300, 600),
                new Range(200, 300), new Range(120, 180), new Range(150, 250), new Range(25_000, 55_000));
    }

    /**
     * The time to answer one request.
     *
     * @param endpoint      the emulator's endpoint name ({@code droplets}, {@code records}, ...)
     * @param list          whether the answer is a list page
     * @param responseBytes the answer's size
     */
    public synchronized Duration response(String method, String endpoint, boolean list, int responseBytes) {
        long ms = switch (method) {
            case "GET", "HEAD" -> list ? this.list.draw(random) + Math.round(listMillisPerKib * responseBytes / 1024.0)
                    : read.draw(random);
            case "DELETE" -> endpoint.equals("records") ? recordWrite.draw(random) : delete.draw(random);
            default -> switch (endpoint) {
                case "droplets" -> dropletCreate.draw(random);
                case "records" -> recordWrite.draw(random);
                default -> otherWrite.draw(random);
            };
        };
        return Duration.ofMillis(ms);
    }

    /**
     * How long the next droplet takes from create to {@code active}. The boots come from a stream of
     * their own, so with one seed the k-th droplet created takes as long whichever client made it.
     */
    public synchronized Duration bootDelay() {
        return Duration.ofMillis(boot.draw(boots));
    }
}
