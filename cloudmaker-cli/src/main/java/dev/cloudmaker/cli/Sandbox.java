package dev.cloudmaker.cli;

import dev.cloudmaker.core.CloudmakerException;
import dev.cloudmaker.core.ConfigException;
import dev.cloudmaker.core.Secret;
import dev.cloudmaker.core.spi.ProviderCredentials;
import dev.cloudmaker.core.spi.ProviderSettings;
import dev.cloudmaker.emulator.kit.EmulatorFactory;
import dev.cloudmaker.emulator.kit.EmulatorOption;
import dev.cloudmaker.emulator.kit.EmulatorOptions;
import dev.cloudmaker.emulator.kit.RunningEmulator;
import dev.cloudmaker.ssh.IdentityFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * {@code --sandbox}: one in-process emulator per provider of an emulated type, each keeping its account in
 * {@code .cloudmaker/sandbox-<provider>.json}, started when the provider is first used; an emulator that checks
 * requests against the account's SSH keys gets the workspace's own sandbox key. Providers of types
 * without an emulator (local machines) stay real. A command that only reads takes no workspace lock, so it
 * works on a copy of each account, made when it starts and deleted when it ends: a writer running at the same
 * time keeps the only file that is written.
 */
final class Sandbox implements AutoCloseable {
    /** The sandbox's servers boot quickly but not instantly, so waiting is exercised as in a real cloud. */
    static final Duration BOOT_DELAY = Duration.ofSeconds(1);
    /** Where the sandbox kept its one DigitalOcean account before definitions could name several providers. */
    private static final String OLD_STATE = "sandbox.json";
    private static final String SIGNING_KEY = "id_ed25519";

    private final Path stateDir;
    private final boolean readsOnly;
    private final Map<String, RunningEmulator> running = new LinkedHashMap<>();
    private final List<Path> copies = new ArrayList<>();

    Sandbox(Path stateDir, boolean readsOnly) {
        this.stateDir = stateDir;
        this.readsOnly = readsOnly;
    }

    /** Whether a provider of this type runs in the sandbox. */
    static boolean emulates(String type) {
        return EmulatorFactory.find(type).isPresent();
    }

    /** The provider's settings pointed at its emulator (started now), with the credentials the emulator takes. */
    synchronized ProviderSettings redirect(String type, ProviderSettings settings) {
        Optional<EmulatorFactory> factory = EmulatorFactory.find(type);
        if (factory.isEmpty()) {
            return settings;
        }
        RunningEmulator emulator = running.computeIfAbsent(settings.name(), name -> {
            EmulatorOptions options = EmulatorOptions.defaults().withBootDelay(BOOT_DELAY)
                    .withStateFile(readsOnly ? copyOf(stateFile(name, type)) : stateFile(name, type));
            boolean takesKeys = factory.get().options().stream().anyMatch(o -> o.flag().equals(EmulatorOption.KEY));
            return factory.get().start(takesKeys ? options.withKeyFiles(List.of(signingKey())) : options);
        });
        Map<String, String> pointed = new LinkedHashMap<>(settings.settings());
        pointed.putAll(emulator.providerSettings());
        ProviderCredentials credentials = settings.credentials();
        for (Map.Entry<String, String> c : emulator.credentials().entrySet()) {
            credentials = credentials.with(c.getKey(), Secret.of(c.getValue()));
        }
        return new ProviderSettings(settings.name(), pointed, credentials, settings.requestTimeout(), settings.env(), settings.notices());
    }

    /**
     * For an emulator that checks requests against the account's SSH keys: the workspace's own sandbox key
     * ({@code .cloudmaker/sandbox/id_ed25519}, made on first use, 0600), whose public half goes in the account and
     * whose private half the provider signs with. The emulator's credentials name the file, never its contents.
     */
    private Path signingKey() {
        Path key = stateDir.resolve("sandbox").resolve(SIGNING_KEY);
        Path pub = key.resolveSibling(SIGNING_KEY + ".pub");
        try {
            if (!Files.exists(key)) {
                Files.createDirectories(key.getParent());
                IdentityFiles.generate(key);
            }
        } catch (IOException e) {
            throw new CloudmakerException("could not make the sandbox's key " + key + ": " + e.getMessage(), e);
        } catch (ConfigException raced) {
            if (!Files.exists(pub)) { // another run made it at the same moment is fine; anything else is not
                throw raced;
            }
        }
        return pub;
    }

    /**
     * {@code sandbox-<provider>.json}; the first provider of the type that had the old single-account file
     * takes it over, so a sandbox made before keeps its servers.
     */
    private Path stateFile(String provider, String type) {
        Path file = stateDir.resolve("sandbox-" + provider + ".json");
        Path old = stateDir.resolve(OLD_STATE);
        try {
            if (readsOnly) {
                return !Files.exists(file) && Files.exists(old) && type.equals(dev.cloudmaker.core.model.Definition.DEFAULT_PROVIDER)
                        ? old : file;
            }
            if (!Files.exists(file) && Files.exists(old) && type.equals(dev.cloudmaker.core.model.Definition.DEFAULT_PROVIDER)) {
                Files.createDirectories(stateDir);
                Files.move(old, file);
            }
        } catch (java.io.IOException e) {
            throw new dev.cloudmaker.core.CloudmakerException("could not take over " + old + " for the sandbox of " + provider
                    + ": " + e.getMessage(), e);
        }
        return file;
    }

    /** A private copy of the account in {@code file} (an empty one when there is none yet). */
    private Path copyOf(Path file) {
        try {
            Path copy = Files.createTempFile("cloudmaker-sandbox-", ".json");
            copies.add(copy);
            if (Files.exists(file)) {
                Files.copy(file, copy, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES);
            } else {
                Files.delete(copy);
            }
            return copy;
        } catch (IOException e) {
            throw new dev.cloudmaker.core.CloudmakerException("could not read the sandbox's account " + file + ": " + e.getMessage(), e);
        }
    }

    @Override
    public synchronized void close() {
        running.values().forEach(RunningEmulator::close);
        running.clear();
        for (Path copy : copies) {
            try {
                Files.deleteIfExists(copy);
            } catch (IOException e) {
                // a temporary file left behind is harmless
            }
        }
        copies.clear();
    }
}
