package dev.cloudmaker.emulator.kit;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;

/**
 * Starts the emulator of one cloud. Each emulator module registers one in
 * {@code META-INF/services/dev.cloudmaker.emulator.kit.EmulatorFactory}, so the CLI and tests find emulators by
 * type without naming their classes.
 */
public interface EmulatorFactory {

    /** The provider type it emulates, as cloud.json names it: {@code digitalocean}. */
    String type();

    /** One line for {@code --help}. */
    String description();

    /** Which of {@link EmulatorOptions}' settings this type honours, with their help text. */
    List<EmulatorOption> options();

    /**
     * Starts an emulator on 127.0.0.1.
     *
     * @throws IllegalArgumentException for settings it cannot honour, such as an invalid fault spec
     */
    RunningEmulator start(EmulatorOptions options);

    /** Every emulator on the class path, sorted by type. */
    static List<EmulatorFactory> installed() {
        return ServiceLoader.load(EmulatorFactory.class).stream().map(ServiceLoader.Provider::get)
                .sorted(Comparator.comparing(EmulatorFactory::type)).toList();
    }

    static Optional<EmulatorFactory> find(String type) {
        return installed().stream().filter(f -> f.type().equals(type)).findFirst();
    }
}
