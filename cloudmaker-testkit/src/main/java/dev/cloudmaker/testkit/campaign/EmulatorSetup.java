package dev.cloudmaker.testkit.campaign;

import dev.cloudmaker.emulator.kit.fault.FaultSpec;
import java.time.Clock;
import java.util.List;

/**
 * How a campaign wants its emulator: quick boots and actions are the fixture's business, these are the
 * campaign's.
 *
 * @param seed   seeds the emulator's probabilistic faults, ids and addresses
 * @param faults faults to inject until {@link CampaignEmulator#stopFaults()}
 * @param clock  the clock its rate windows and boots read, or null for the system's
 * @param limits the rate limits it enforces, or null for the emulator's defaults
 */
public record EmulatorSetup(long seed, List<FaultSpec> faults, Clock clock, RateLimits limits) {

    public EmulatorSetup {
        faults = List.copyOf(faults);
    }

    public static EmulatorSetup seeded(long seed) {
        return new EmulatorSetup(seed, List.of(), null, null);
    }

    public EmulatorSetup withFaults(List<FaultSpec> specs) {
        return new EmulatorSetup(seed, specs, clock, limits);
    }

    public EmulatorSetup onClock(Clock shared, RateLimits enforced) {
        return new EmulatorSetup(seed, faults, shared, enforced);
    }
}
