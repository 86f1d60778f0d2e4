package dev.cloudmaker.bench;

import dev.cloudmaker.emulator.kit.EmulatorFactory;
import java.util.List;
import java.util.Optional;

/**
 * The clouds the emulator benchmarks run on, by {@code --cloud NAME}: an installed emulator
 * ({@link EmulatorFactory}) for which the benchmarks have a {@link BenchCloud} (its latency model and floor).
 */
final class BenchClouds {
    static final String DEFAULT = DigitalOceanBench.TYPE;
    private static final List<BenchCloud> MODELLED = List.of(new DigitalOceanBench(), new TritonBench(),
            new AwsBench(), new OpenStackBench());

    private BenchClouds() {
    }

    /**
     * The cloud of that name.
     *
     * @throws IllegalArgumentException naming the installed emulator types when none is of that name, or the
     *                                  modelled ones when the emulator has no benchmark model yet
     */
    static BenchCloud named(String name) {
        List<String> installed = EmulatorFactory.installed().stream().map(EmulatorFactory::type).toList();
        if (!installed.contains(name)) {
            throw new IllegalArgumentException("unknown cloud \"" + name + "\" for --cloud; installed emulator types: "
                    + String.join(", ", installed));
        }
        Optional<BenchCloud> cloud = MODELLED.stream().filter(c -> c.type().equals(name)).findFirst();
        List<String> modelled = MODELLED.stream().map(BenchCloud::type).toList();
        return cloud.orElseThrow(() -> new IllegalArgumentException("the " + name + " emulator has no benchmark model yet"
                + " (latency and floor); --cloud takes: " + String.join(", ", modelled)));
    }
}
