package dev.cloudmaker.cli;

import dev.cloudmaker.emulator.kit.EmulatorFactory;
import dev.cloudmaker.emulator.kit.EmulatorOption;
import dev.cloudmaker.emulator.kit.EmulatorOptions;
import dev.cloudmaker.emulator.kit.RunningEmulator;
import java.util.List;

/**
 * An emulator type on the tests' class path only, taking nothing but {@code --port}, so the command's help and
 * its refusal of options a type does not take can be shown with more than one type installed. Never started.
 */
public final class PortOnlyEmulatorFactory implements EmulatorFactory {
    @Override
    public String type() {
        return "port-only";
    }

    @Override
    public String description() {
        return "A test type that takes only a port.";
    }

    @Override
    public List<EmulatorOption> options() {
        return List.of(new EmulatorOption(EmulatorOption.PORT, "N", "Where it would listen."));
    }

    @Override
    public RunningEmulator start(EmulatorOptions options) {
        throw new IllegalStateException("the port-only type only shows the command's option checks");
    }
}
