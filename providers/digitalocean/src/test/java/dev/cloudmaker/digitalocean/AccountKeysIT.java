package dev.cloudmaker.digitalocean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;

import dev.cloudmaker.core.Secret;
import dev.cloudmaker.core.model.SshPublicKey;
import dev.cloudmaker.core.spi.CloudKey;
import dev.cloudmaker.core.spi.Named;
import dev.cloudmaker.core.spi.Provider;
import dev.cloudmaker.core.spi.ProviderSettings;
import dev.cloudmaker.emulator.digitalocean.DigitalOceanEmulator;
import dev.cloudmaker.testkit.OpenApiContract;
import dev.cloudmaker.testkit.SshKeys;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The account's SSH keys: listed across pages with their public key lines, deleted by id, gone is fine. */
class AccountKeysIT {
    private DigitalOceanEmulator emu;
    private Provider provider;

    @BeforeEach
    void start() {
        emu = DigitalOceanEmulator.builder().port(0).rateLimitPerMinute(100_000).recordExchanges(true).start();
        provider = new DigitalOceanProviderFactory().create(TestSettings.of(emu.baseUrl(), Secret.of("dop_v1_keys"), Duration.ofSeconds(10)));
    }

    @AfterEach
    void stop() {
        provider.close();
        emu.close();
    }

    @Test
    void everyKeyIsListedAcrossPagesWithItsPublicKeyLine() throws Exception {
        // more than one page of 200, registered behind the provider's back as other tools would
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < 203; i++) {
            lines.add(SshKeys.ed25519Line("user" + i + "@example.com"));
            registerDirectly("key-" + i, lines.getLast());
        }

        List<CloudKey> keys = provider.keys().list();

        assertThat(keys).hasSize(203);
        assertThat(keys).extracting(CloudKey::publicKey).containsExactlyInAnyOrderElementsOf(lines);
        assertThat(keys).allSatisfy(k -> assertThat(k.fingerprint()).isEqualTo(SshPublicKey.parse(k.publicKey()).md5Fingerprint()));
        assertThat(keys).filteredOn(k -> k.name().equals("key-7")).singleElement()
                .satisfies(k -> assertThat(k.publicKey()).isEqualTo(lines.get(7)));
        OpenApiContract.digitalOcean().assertConforms(emu.exchanges());
    }

    @Test
    void aDeletedKeyIsGoneAndDeletingItAgainIsFine() {
        CloudKey kept = provider.keys().create(Named.account("kept"), SshPublicKey.parse(SshKeys.ed25519Line("kept@example.com")));
        CloudKey removed = provider.keys().create(Named.account("removed"), SshPublicKey.parse(SshKeys.ed25519Line("removed@example.com")));

        provider.keys().delete(removed.id());

        assertThat(provider.keys().list()).extracting(CloudKey::id).containsExactly(kept.id());
        assertThatNoException().isThrownBy(() -> provider.keys().delete(removed.id()));
        OpenApiContract.digitalOcean().assertConforms(emu.exchanges());
    }

    private void registerDirectly(String name, String line) throws Exception {
        String body = "{\"name\":\"" + name + "\",\"public_key\":\"" + line + "\"}";
        try (HttpClient http = HttpClient.newHttpClient()) { // one per key: simple, and 203 are quick on loopback
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(emu.baseUrl() + "/v2/account/keys"))
                    .header("Authorization", "Bearer dop_v1_keys").header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        }
    }
}
