package dev.cloudmaker.triton;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cloudmaker.core.ApiException;
import dev.cloudmaker.core.Secret;
import dev.cloudmaker.core.http.JcaSigningKey;
import dev.cloudmaker.core.http.RetrySettings;
import dev.cloudmaker.core.spi.Provider;
import dev.cloudmaker.core.spi.SigningKey;
import dev.cloudmaker.core.time.Sleeper;
import dev.cloudmaker.emulator.triton.TritonTestKey;
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
 * The emulator refuses a request signed by a key the account does not hold, a signature that does not verify,
 * or a stale {@code Date}, as CloudAPI does; cloudmaker reports each as a credentials error naming the key id and
 * what to check, never the key, and nothing is created.
 */
class RefusedCredentialsIT {
    @TempDir
    Path dir;

    @Test
    void aKeyTheAccountDoesNotHoldIsACredentialsErrorNamingItAndNothingIsMade() throws Exception {
        try (TritonAccount account = TritonAccount.start()) {
            Identity stranger = IdentityFiles.generate(dir.resolve("id_stranger"));
            String fingerprint = stranger.publicKey().md5Fingerprint();
            try (Provider provider = new TritonProviderFactory().create(account.settings(Map.of(
                    TritonProviderFactory.KEY_ID, Secret.of(fingerprint),
                    TritonProviderFactory.PRIVATE_KEY_FILE, Secret.of(stranger.file().orElseThrow().toString()))))) {

                assertThatThrownBy(() -> provider.servers().create(TritonAccount.smallServer("web1")))
                        .isInstanceOfSatisfying(ApiException.class, e -> {
                            assertThat(e.kind()).isEqualTo(ApiException.Kind.AUTH);
                            assertThat(e.errorId()).isEqualTo("InvalidCredentials");
                        })
                        .hasMessageContaining("/alice/keys/" + fingerprint)
                        .hasMessageContaining("key_id")
                        .hasMessageContaining("private_key_file")
                        .hasMessageNotContaining(privateKeyBody(stranger.file().orElseThrow()));
            }
            try (Provider owner = account.provider()) {
                assertThat(owner.servers().listAll()).as("nothing was created").isEmpty();
            }
        }
    }

    @Test
    void aSignatureByAnotherKeyUnderTheAccountKeysIdIsRefused() {
        try (TritonAccount account = TritonAccount.start()) {
            String keyId = "/alice/keys/" + account.publicKey().md5Fingerprint();
            SigningKey forged = new JcaSigningKey(keyId, TritonTestKey.ed25519().pair().getPrivate());
            try (Provider provider = provider(account, forged)) {

                assertThatThrownBy(() -> provider.keys().list())
                        .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.kind()).isEqualTo(ApiException.Kind.AUTH))
                        .hasMessageContaining("401 InvalidCredentials")
                        .hasMessageContaining(keyId);
            }
        }
    }

    @Test
    void aDateFarFromTheServersClockIsRefusedAndTheMessageSaysToCheckTheClock() {
        Clock serverClock = Clock.offset(Clock.systemUTC(), Duration.ofMinutes(10));
        try (TritonAccount account = TritonAccount.start(b -> b.clock(serverClock))) {
            try (Provider provider = account.provider()) {

                assertThatThrownBy(() -> provider.catalog().sizes())
                        .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.kind()).isEqualTo(ApiException.Kind.AUTH))
                        .hasMessageContaining("clock skew")
                        .hasMessageContaining("/alice/keys/" + account.publicKey().md5Fingerprint())
                        .hasMessageContaining("clock is right");
            }
        }
    }

    private static Provider provider(TritonAccount account, SigningKey key) {
        RetrySettings retry = RetrySettings.defaults();
        return new TritonProvider(TritonProviderFactory.client(account.emulator().baseUrl(), key, Duration.ofSeconds(10),
                TritonProviderFactory.pacer(Clock.systemUTC(), Sleeper.SYSTEM), retry, Clock.systemUTC()),
                TritonAccount.LOGIN, Clock.systemUTC());
    }

    /** A long run of the private key file's base64, which no message may quote. */
    private static String privateKeyBody(Path file) throws Exception {
        String[] lines = Files.readString(file).split("\n");
        return lines[1].trim();
    }
}
