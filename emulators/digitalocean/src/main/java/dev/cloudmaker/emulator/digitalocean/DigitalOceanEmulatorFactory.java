package dev.cloudmaker.emulator.digitalocean;

import dev.cloudmaker.emulator.kit.EmulatorFactory;
import dev.cloudmaker.emulator.kit.EmulatorOption;
import dev.cloudmaker.emulator.kit.EmulatorOptions;
import dev.cloudmaker.emulator.kit.RunningEmulator;
import dev.cloudmaker.emulator.kit.fault.FaultSpec;
import java.util.List;

/** {@code cloudmaker emulator digitalocean}: the DigitalOcean emulator by type, for the CLI and tests. */
public final class DigitalOceanEmulatorFactory implements EmulatorFactory {
    /** DigitalOcean's hourly limit per token, kept whatever the minute's limit, unless rate limiting is off. */
    static final int PER_HOUR = 5000;

    @Override
    public String type() {
        return "digitalocean";
    }

    @Override
    public String description() {
        return "DigitalOcean API v2: droplets and their actions, SSH keys, tags, domains and records, the catalogue.";
    }

    @Override
    public List<EmulatorOption> options() {
        return List.of(
                new EmulatorOption(EmulatorOption.PORT, "N", "Port on 127.0.0.1 (default: a free one)."),
                new EmulatorOption(EmulatorOption.STATE, "FILE", "Keep the account in this file across restarts."),
                new EmulatorOption(EmulatorOption.BOOT_DELAY, "DUR", "Time from create to active (default: 3s)."),
                new EmulatorOption(EmulatorOption.LATENCY, "DUR", "Added to every answer (default: none)."),
                new EmulatorOption(EmulatorOption.RATE_LIMIT, "N", "Requests a minute per token (and 5,000 an hour); "
                        + "0 turns both off (default: 250)."),
                new EmulatorOption(EmulatorOption.FAULT, "SPEC", "Inject faults at droplets, droplet-actions, records, "
                        + "keys, tags, domains, ...: 503@droplets=0.2, reset@records:POST=3x."),
                new EmulatorOption(EmulatorOption.SEED, "N", "Seeds probabilistic faults, ids and addresses (default: 0)."));
    }

    @Override
    public RunningEmulator start(EmulatorOptions options) {
        DigitalOceanEmulatorBuilder builder = DigitalOceanEmulator.builder().port(options.port())
                .stateFile(options.stateFile()).bootDelay(options.bootDelay()).latency(options.latency())
                .rateLimitPerMinute(options.rateLimitPerMinute())
                .rateLimitPerHour(options.rateLimitPerMinute() == 0 ? 0 : PER_HOUR)
                .seed(options.seed());
        options.faults().forEach(spec -> builder.fault(FaultSpec.parse(spec)));
        return new RunningDigitalOcean(builder.start());
    }
}
