package dev.cloudmaker.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cloudmaker.emulator.triton.TritonEmulator;
import dev.cloudmaker.ssh.Identity;
import dev.cloudmaker.ssh.IdentityFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Through the CLI, a request whose {@code Date} is far from the datacenter's clock is refused by the emulator as
 * CloudAPI refuses it (400 InvalidHeader, "clock skew"), and the run ends with a credentials error that says to check the clock, naming the
 * key id and never the key; nothing is created. (The unknown key is {@link TritonCliIT}'s; a signature by another
 * key under an account key's id cannot be configured, as the provider checks the key file against key_id.)
 */
class TritonStaleDateCliIT {
    @TempDir
    Path dir;

    @Test
    void aClockTenMinutesOffIsACredentialsErrorSayingSoAndNothingIsMade() throws Exception {
        Identity key = IdentityFiles.generate(Files.createDirectories(dir.resolve("keys")).resolve("triton_key"));
        Clock datacenter = Clock.offset(Clock.systemUTC(), Duration.ofMinutes(10));
        try (TritonEmulator triton = TritonEmulator.builder().port(0).account("alice").clock(datacenter)
                .key("laptop", key.publicKey().line()).bootDelay(Duration.ofMillis(200)).start()) {
            Path project = Files.createDirectories(dir.resolve("project"));
            Files.writeString(project.resolve("cloud.json"), """
                    {
                      "providers": { "dc1": { "type": "triton", "url": "%s", "account": "alice" } },
                      "defaults": { "provider": "dc1", "region": "emu-1", "size": "g1.nano", "image": "debian-12" },
                      "servers": { "web1": {} }
                    }
                    """.formatted(triton.baseUrl()));
            Files.writeString(project.resolve("security.json"), """
                    {"providers": {"dc1": {"key_id": "%s", "private_key_file": "%s"}}, "public_ssh_key": "%s you@laptop"}
                    """.formatted(key.publicKey().md5Fingerprint(), key.file().orElseThrow(), Fixture.publicKey(5)));

            CliRun provision = CliRun.in(project, Map.of("HOME", dir.toString()), "-v", "provision", "--yes");

            assertThat(provision.exitCode()).isEqualTo(ExitCodes.ERROR);
            assertThat(provision.err()).contains("InvalidHeader", "clock skew", "clock is right",
                    "/alice/keys/" + key.publicKey().md5Fingerprint());
            String privateKey = Files.readString(key.file().orElseThrow()).lines().skip(1).findFirst().orElseThrow();
            assertThat(provision.all()).doesNotContain(privateKey);
            assertThat(triton.stats().mutatingRequests()).isZero();
            assertThat(triton.account().servers()).isEmpty();
        }
    }
}
