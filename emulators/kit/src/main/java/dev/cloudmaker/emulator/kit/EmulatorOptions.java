package dev.cloudmaker.emulator.kit;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * How to start an emulator; each type honours the settings its {@link EmulatorFactory#options()} lists and leaves
 * the others at their defaults.
 *
 * @param port               port on 127.0.0.1; 0 picks a free one
 * @param stateFile          where the emulated account is kept across restarts, or null for none
 * @param bootDelay          how long a new server takes to become active
 * @param latency            added to every answer
 * @param rateLimitPerMinute requests a minute per credential; 0 turns rate limiting off
 * @param faults             fault specs such as {@code 503@droplets=0.2}; the emulator checks them against its operations
 * @param seed               seeds probabilistic faults and generated ids and addresses
 * @param account            the account's login, or null for the type's default
 * @param keyFiles           OpenSSH public key files to put in the account, empty for none
 * @param user               the user clients log in as, for clouds with user logins; null for the type's default
 * @param password           that user's password; null for the type's default
 * @param project            the project (tenant) the user works in; null for the type's default
 * @param region             the region the emulator serves; null for the type's default
 */
public record EmulatorOptions(int port, Path stateFile, Duration bootDelay, Duration latency, int rateLimitPerMinute,
                              List<String> faults, long seed, String account, List<Path> keyFiles, String user,
                              String password, String project, String region) {

    public EmulatorOptions {
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("port " + port + " is not a port: use 0 (any free one) to 65535");
        }
        if (bootDelay == null || bootDelay.isNegative()) {
            throw new IllegalArgumentException("the boot delay must be 0 or longer, like 3s");
        }
        if (latency == null || latency.isNegative()) {
            throw new IllegalArgumentException("the latency must be 0 or longer, like 50ms");
        }
        if (rateLimitPerMinute < 0) {
            throw new IllegalArgumentException("the rate limit must be 0 (off) or a number of requests a minute");
        }
        if (faults == null || faults.stream().anyMatch(f -> f == null)) {
            throw new IllegalArgumentException("faults must be a list of fault specs, empty for none");
        }
        faults = List.copyOf(faults);
        if (account != null && account.isBlank()) {
            throw new IllegalArgumentException("the account name must not be empty");
        }
        if (keyFiles == null || keyFiles.stream().anyMatch(f -> f == null)) {
            throw new IllegalArgumentException("key files must be a list of files, empty for none");
        }
        keyFiles = List.copyOf(keyFiles);
        for (String login : new String[] {user, password, project, region}) {
            if (login != null && login.isBlank()) {
                throw new IllegalArgumentException("the user, password, project and region must not be empty");
            }
        }
    }

    /** Options without a user login: the type's default user, password, project and region. */
    public EmulatorOptions(int port, Path stateFile, Duration bootDelay, Duration latency, int rateLimitPerMinute,
                           List<String> faults, long seed, String account, List<Path> keyFiles) {
        this(port, stateFile, bootDelay, latency, rateLimitPerMinute, faults, seed, account, keyFiles, null, null, null, null);
    }

    /**
     * A free port, no state file, servers active after 3 s, no added latency, 250 requests a minute, no faults,
     * the type's default account and no keys.
     */
    public static EmulatorOptions defaults() {
        return new EmulatorOptions(0, null, Duration.ofSeconds(3), Duration.ZERO, 250, List.of(), 0, null, List.of());
    }

    public EmulatorOptions withPort(int newPort) {
        return new EmulatorOptions(newPort, stateFile, bootDelay, latency, rateLimitPerMinute, faults, seed, account, keyFiles,
                user, password, project, region);
    }

    public EmulatorOptions withStateFile(Path file) {
        return new EmulatorOptions(port, file, bootDelay, latency, rateLimitPerMinute, faults, seed, account, keyFiles,
                user, password, project, region);
    }

    public EmulatorOptions withBootDelay(Duration delay) {
        return new EmulatorOptions(port, stateFile, delay, latency, rateLimitPerMinute, faults, seed, account, keyFiles,
                user, password, project, region);
    }

    public EmulatorOptions withLatency(Duration added) {
        return new EmulatorOptions(port, stateFile, bootDelay, added, rateLimitPerMinute, faults, seed, account, keyFiles,
                user, password, project, region);
    }

    public EmulatorOptions withRateLimitPerMinute(int perMinute) {
        return new EmulatorOptions(port, stateFile, bootDelay, latency, perMinute, faults, seed, account, keyFiles,
                user, password, project, region);
    }

    public EmulatorOptions withFaults(List<String> specs) {
        return new EmulatorOptions(port, stateFile, bootDelay, latency, rateLimitPerMinute, specs, seed, account, keyFiles,
                user, password, project, region);
    }

    public EmulatorOptions withSeed(long newSeed) {
        return new EmulatorOptions(port, stateFile, bootDelay, latency, rateLimitPerMinute, faults, newSeed, account, keyFiles,
                user, password, project, region);
    }

    public EmulatorOptions withAccount(String login) {
        return new EmulatorOptions(port, stateFile, bootDelay, latency, rateLimitPerMinute, faults, seed, login, keyFiles,
                user, password, project, region);
    }

    public EmulatorOptions withKeyFiles(List<Path> files) {
        return new EmulatorOptions(port, stateFile, bootDelay, latency, rateLimitPerMinute, faults, seed, account, files,
                user, password, project, region);
    }

    /** Like the record's, with the password left out. */
    @Override
    public String toString() {
        return "EmulatorOptions[port=" + port + ", stateFile=" + stateFile + ", bootDelay=" + bootDelay + ", latency="
                + latency + ", rateLimitPerMinute=" + rateLimitPerMinute + ", faults=" + faults + ", seed=" + seed
                + ", account=" + account + ", keyFiles=" + keyFiles + ", user=" + user + ", project=" + project
                + ", region=" + region + "]";
    }

    public EmulatorOptions withUser(String name) {
        return new EmulatorOptions(port, stateFile, bootDelay, latency, rateLimitPerMinute, faults, seed, account, keyFiles,
                name, password, project, region);
    }

    public EmulatorOptions withPassword(String secret) {
        return new EmulatorOptions(port, stateFile, bootDelay, latency, rateLimitPerMinute, faults, seed, account, keyFiles,
                user, secret, project, region);
    }

    public EmulatorOptions withProject(String name) {
        return new EmulatorOptions(port, stateFile, bootDelay, latency, rateLimitPerMinute, faults, seed, account, keyFiles,
                user, password, name, region);
    }

    public EmulatorOptions withRegion(String name) {
        return new EmulatorOptions(port, stateFile, bootDelay, latency, rateLimitPerMinute, faults, seed, account, keyFiles,
                user, password, project, name);
    }
}
