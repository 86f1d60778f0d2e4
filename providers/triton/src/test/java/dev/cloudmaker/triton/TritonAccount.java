package dev.cloudmaker.triton;

import dev.cloudmaker.core.Secret;
import dev.cloudmaker.core.model.SshPublicKey;
import dev.cloudmaker.core.spi.Provider;
import dev.cloudmaker.core.spi.ProviderCredentials;
import dev.cloudmaker.core.spi.ProviderSettings;
import dev.cloudmaker.core.spi.ServerRequest;
import dev.cloudmaker.emulator.triton.TritonEmulator;
import dev.cloudmaker.emulator.triton.TritonEmulatorBuilder;
import dev.cloudmaker.ssh.Identity;
import dev.cloudmaker.ssh.IdentityFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * A Triton emulator whose account ({@code alice}) holds a key written to a file, as a user's {@code ~/.ssh/id_ed25519}
 * is: providers made from it go through {@link TritonProviderFactory}, key file and all.
 */
final class TritonAccount implements AutoCloseable {
    static final String LOGIN = "alice";
    static final Duration CHANGE_TIMEOUT = Duration.ofSeconds(30);

    private final Path home;
    private final Identity key;
    private final TritonEmulator emulator;

    private TritonAccount(Path home, Identity key, TritonEmulator emulator) {
        this.home = home;
        this.key = key;
        this.emulator = emulator;
    }

    /** Boots and actions quick but not instant, so waits really wait. */
    static TritonAccount start() {
        return start(b -> b.bootDelay(Duration.ofMillis(200)).actionDuration(Duration.ofMillis(200)));
    }

    static TritonAccount start(UnaryOperator<TritonEmulatorBuilder> settings) {
        try {
            Path home = Files.createTempDirectory("triton-home");
            Files.createDirectories(home.resolve(".ssh"));
            Identity key = IdentityFiles.generate(home.resolve(".ssh").resolve("id_ed25519"));
            TritonEmulator emulator = settings.apply(TritonEmulator.builder().port(0).account(LOGIN)
                    .key("laptop", key.publicKey().line())).start();
            return new TritonAccount(home, key, emulator);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    TritonEmulator emulator() {
        return emulator;
    }

    Path home() {
        return home;
    }

    SshPublicKey publicKey() {
        return key.publicKey();
    }

    Path privateKeyFile() {
        return key.file().orElseThrow();
    }

    /** key_id and private_key_file as security.json gives them. */
    Provider provider() {
        return new TritonProviderFactory().create(settings(Map.of(
                TritonProviderFactory.KEY_ID, Secret.of(publicKey().md5Fingerprint()),
                TritonProviderFactory.PRIVATE_KEY_FILE, Secret.of(privateKeyFile().toString()))));
    }

    ProviderSettings settings(Map<String, Secret> credentials) {
        return new ProviderSettings("dc1", Map.of(TritonProviderFactory.URL, emulator.baseUrl().toString(),
                TritonProviderFactory.ACCOUNT, LOGIN), new ProviderCredentials(credentials), Duration.ofSeconds(10),
                Map.of("HOME", home.toString()), notice -> { });
    }

    static ServerRequest smallServer(String name) {
        return ServerRequest.builder(name, "emu-1", "g1.nano", "debian-12").build();
    }

    @Override
    public void close() {
        emulator.close();
    }
}
