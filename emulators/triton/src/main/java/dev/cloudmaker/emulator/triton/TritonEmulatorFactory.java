package dev.cloudmaker.emulator.triton;

import dev.cloudmaker.core.model.SshPublicKey;
import dev.cloudmaker.emulator.kit.EmulatorFactory;
import dev.cloudmaker.emulator.kit.EmulatorOption;
import dev.cloudmaker.emulator.kit.EmulatorOptions;
import dev.cloudmaker.emulator.kit.RunningEmulator;
import dev.cloudmaker.emulator.kit.fault.FaultSpec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** {@code cloudmaker emulator triton}: the CloudAPI emulator by type, for the CLI and tests. */
public final class TritonEmulatorFactory implements EmulatorFactory {

    @Override
    public String type() {
        return "triton";
    }

    @Override
    public String description() {
        return "Triton CloudAPI: machines and their actions, tags, metadata, snapshots, keys, images, packages, "
                + "requests signed with the account's SSH keys.";
    }

    @Override
    public List<EmulatorOption> options() {
        return List.of(
                new EmulatorOption(EmulatorOption.PORT, "N", "Port on 127.0.0.1 (default: a free one)."),
                new EmulatorOption(EmulatorOption.STATE, "FILE", "Keep the account in this file across restarts."),
                new EmulatorOption(EmulatorOption.BOOT_DELAY, "DUR", "Time from provisioning to running (default: 3s)."),
                new EmulatorOption(EmulatorOption.LATENCY, "DUR", "Added to every answer (default: none)."),
                new EmulatorOption(EmulatorOption.RATE_LIMIT, "N", "Requests a minute per key; 0 turns it off (default: 250)."),
                new EmulatorOption(EmulatorOption.FAULT, "SPEC", "Inject faults at machines, machine-actions, tags, "
                        + "metadata, snapshots, keys, images, ...: 503@machines=0.2."),
                new EmulatorOption(EmulatorOption.SEED, "N", "Seeds probabilistic faults, ids and addresses (default: 0)."),
                new EmulatorOption(EmulatorOption.ACCOUNT, "NAME", "The account's login (default: emulator)."),
                new EmulatorOption(EmulatorOption.KEY, "FILE", "Put this OpenSSH public key in the account; repeatable. "
                        + "Requests must be signed with one of the account's keys; the first whose private key lies "
                        + "beside it (X.pub, X) is the one --sandbox signs with."));
    }

    @Override
    public RunningEmulator start(EmulatorOptions options) {
        TritonEmulatorBuilder builder = TritonEmulator.builder().port(options.port()).stateFile(options.stateFile())
                .bootDelay(options.bootDelay()).latency(options.latency())
                .rateLimitPerMinute(options.rateLimitPerMinute()).seed(options.seed());
        if (options.account() != null) {
            builder.account(options.account());
        }
        Optional<ClientKeyFile> signing = Optional.empty();
        for (Path file : options.keyFiles()) {
            String line = read(file);
            builder.key(null, line);
            signing = signing.or(() -> ClientKeyFile.of(file, line));
        }
        options.faults().forEach(spec -> builder.fault(FaultSpec.parse(spec)));
        return new RunningTriton(builder.start(), signing);
    }

    private static String read(Path file) {
        String line;
        try {
            line = Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the key file " + file + ": " + e.getMessage(), e);
        }
        try {
            return SshPublicKey.parse(line).line();
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(file + " is not an OpenSSH public key: " + e.getMessage(), e);
        }
    }
}
