package dev.cloudmaker.cli.command;

import dev.cloudmaker.cli.UsageException;
import dev.cloudmaker.cli.CloudmakerCommand;
import dev.cloudmaker.cli.ExitCodes;
import dev.cloudmaker.emulator.digitalocean.DigitalOceanEmulator;
import dev.cloudmaker.emulator.digitalocean.DigitalOceanEmulatorBuilder;
import dev.cloudmaker.emulator.digitalocean.FaultSpec;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "emulator", mixinStandardHelpOptions = true,
        description = {"Serve a local, stateful emulator of a cloud's API on 127.0.0.1 until stopped (Ctrl-C).",
                "Point cloudmaker at it with --api-url, or use --sandbox to run one in-process."})
public final class EmulatorCommand implements Callable<Integer> {
    @ParentCommand
    CloudmakerCommand root;

    @Parameters(index = "0", paramLabel = "CLOUD", description = "Which API: digitalocean.")
    String cloud;

    @Option(names = "--port", defaultValue = "0", description = "Port on 127.0.0.1 (default: a free one).")
    int port;

    @Option(names = "--boot-delay", paramLabel = "DUR", defaultValue = "3s", description = "Time from create to active (default: ${DEFAULT-VALUE}).")
    Duration bootDelay;

    @Option(names = "--latency", paramLabel = "DUR", defaultValue = "0", description = "Added to every response (default: none).")
    Duration latency;

    @Option(names = "--rate-limit", paramLabel = "PER_MIN", defaultValue = "250", description = "Requests per minute per token; 0 turns it off (default: ${DEFAULT-VALUE}).")
    int rateLimit;

    @Option(names = "--fault", paramLabel = "SPEC", description = {"Inject faults, e.g. 503@droplets=0.2, reset@records:POST=3x,",
            "drop-reply@droplets:POST, stale-after-create:5s@droplets, 429=0.1 (see docs/emulator.md)."})
    List<String> faults = List.of();

    @Option(names = "--state", paramLabel = "FILE", description = "Keep the emulated cloud in this file across restarts.")
    Path state;

    @Override
    public Integer call() throws InterruptedException {
        if (!cloud.equals("digitalocean")) {
            throw new dev.cloudmaker.cli.UsageException("no emulator for \"" + cloud + "\"; available: digitalocean");
        }
        DigitalOceanEmulatorBuilder builder = DigitalOceanEmulator.builder()
                .port(port).bootDelay(bootDelay).latency(latency).rateLimitPerMinute(rateLimit);
        for (String f : faults) {
            try {
                builder.fault(FaultSpec.parse(f));
            } catch (IllegalArgumentException e) {
                throw new dev.cloudmaker.cli.UsageException("--fault " + f + ": " + e.getMessage());
            }
        }
        if (state != null) {
            builder.stateFile(state);
        }
        DigitalOceanEmulator emulator = builder.start();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            emulator.close();
            stopped.countDown();
        }));
        root.out().println("listening on " + emulator.baseUrl());
        root.out().flush();
        stopped.await();
        return ExitCodes.OK;
    }
}
