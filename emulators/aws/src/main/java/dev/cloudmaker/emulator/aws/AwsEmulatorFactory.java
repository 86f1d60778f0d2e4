package dev.cloudmaker.emulator.aws;

import dev.cloudmaker.emulator.kit.EmulatorFactory;
import dev.cloudmaker.emulator.kit.EmulatorOption;
import dev.cloudmaker.emulator.kit.EmulatorOptions;
import dev.cloudmaker.emulator.kit.RunningEmulator;
import dev.cloudmaker.emulator.kit.fault.FaultSpec;
import java.util.List;

/** {@code cloudmaker emulator aws}: the EC2 and Route 53 emulator by type, for the CLI and tests. */
public final class AwsEmulatorFactory implements EmulatorFactory {

    @Override
    public String type() {
        return "aws";
    }

    @Override
    public String description() {
        return "AWS EC2 (Query API at /) and Route 53 (REST-XML at /2013-04-01/) on one port: instances, key pairs, "
                + "security groups, images, tags, hosted zones and change batches, SigV4-verified.";
    }

    @Override
    public List<EmulatorOption> options() {
        return List.of(
                new EmulatorOption(EmulatorOption.PORT, "N", "Port on 127.0.0.1 (default: a free one)."),
                new EmulatorOption(EmulatorOption.STATE, "FILE", "Keep the account in this file across restarts."),
                new EmulatorOption(EmulatorOption.BOOT_DELAY, "DUR", "Time from pending to running (default: 3s)."),
                new EmulatorOption(EmulatorOption.LATENCY, "DUR", "Added to every answer (default: none)."),
                new EmulatorOption(EmulatorOption.RATE_LIMIT, "N", "Token bucket per API class: N requests, refilled "
                        + "at N a minute; past it RequestLimitExceeded (EC2) or Throttling (Route 53); 0 turns it off "
                        + "(default: 250)."),
                new EmulatorOption(EmulatorOption.FAULT, "SPEC", "Inject faults at actions: 503@RunInstances=0.2, "
                        + "stale-after-create:5s@RunInstances=1, drop-reply@ChangeResourceRecordSets=0.1."),
                new EmulatorOption(EmulatorOption.SEED, "N", "Seeds probabilistic faults, ids and addresses (default: 0)."));
    }

    @Override
    public RunningEmulator start(EmulatorOptions options) {
        int perMinute = options.rateLimitPerMinute();
        AwsEmulatorBuilder builder = AwsEmulator.builder().port(options.port()).stateFile(options.stateFile())
                .bootDelay(options.bootDelay()).actionDuration(options.bootDelay()).latency(options.latency())
                .throttle(perMinute, perMinute / 60.0).seed(options.seed());
        options.faults().forEach(spec -> builder.fault(FaultSpec.parse(spec)));
        return new RunningAws(builder.start());
    }
}
