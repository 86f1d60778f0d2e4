package dev.cloudmaker.openstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cloudmaker.api.Cloud;
import dev.cloudmaker.api.Namespace;
import dev.cloudmaker.core.CloudmakerException;
import dev.cloudmaker.core.spi.CloudServer;
import dev.cloudmaker.core.spi.Provider;
import dev.cloudmaker.core.spi.ProviderCredentials;
import dev.cloudmaker.core.spi.ProviderSettings;
import dev.cloudmaker.core.spi.ServerStatus;
import dev.cloudmaker.emulator.openstack.OpenStackEmulator;
import dev.cloudmaker.emulator.openstack.OsTestClient;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What goes wrong on an OpenStack cloud, against the emulator: a server Nova puts in ERROR ends the wait at once with
 * Nova's fault; a revoked token is replaced once and the call goes through; an application credential logs in.
 */
class OpenStackFailuresIT {
    @Test
    void aServerInErrorEndsTheWaitAtOnceWithNovasFaultAndCanBeDeleted() {
        try (OpenStackAccount account = OpenStackAccount.start(); Cloud cloud = Cloud.of(account.provider())) {
            account.fixture().emulator().failBuilds("web1");
            Namespace ns = cloud.namespace("shop");
            CloudServer made = ns.create(OpenStackAccount.smallServer("web1"));

            assertThatThrownBy(() -> ns.waitUntil(made, ServerStatus.ACTIVE, Duration.ofMinutes(10)))
                    .isInstanceOf(CloudmakerException.class)
                    .hasMessageContaining("failed on the provider's side")
                    .hasMessageContaining("id " + made.id())
                    .hasMessageContaining("the cloud says: ");
            assertThat(cloud.provider().servers().get(made.id())).hasValueSatisfying(s -> {
                assertThat(s.status()).isEqualTo(ServerStatus.FAILED);
                assertThat(s.fault()).isNotBlank();
            });

            ns.delete(made);
            assertThat(cloud.provider().servers().get(made.id())).isEmpty();
        }
    }

    @Test
    void aRevokedTokenIsReplacedOnceAndTheCallGoesThrough() {
        try (OpenStackAccount account = OpenStackAccount.start(); Provider provider = account.provider()) {
            assertThat(provider.keys().list()).isEmpty();
            account.fixture().emulator().revokeTokens();

            assertThat(provider.servers().listAll()).isEmpty();
            assertThat(account.fixture().emulator().tokensIssued()).as("one new token after the revocation").isEqualTo(1);
        }
    }

    @Test
    void anApplicationCredentialLogsInWithoutAUserOrProject() {
        try (OpenStackAccount account = OpenStackAccount.start(b -> b.applicationCredential("app-1", "ci", "app-secret"))) {
            OpenStackEmulator emulator = account.fixture().emulator();
            ProviderSettings settings = TestSettings.settings(Map.of("auth_url", emulator.authUrl().toString(),
                    "region_name", emulator.region()), Map.of("application_credential_id", "app-1",
                    "application_credential_secret", "app-secret"), Map.of("HOME", "/nonexistent"));
            try (Provider provider = new OpenStackProviderFactory().create(settings)) {
                assertThat(provider.catalog().sizes()).extracting(s -> s.slug()).contains("m1.tiny");
            }
        }
    }

    @Test
    void aFloatingIpIsMadeWhenAskedAndReleasedWithTheServer() {
        try (OpenStackAccount account = OpenStackAccount.start()) {
            ProviderSettings base = account.settings();
            ProviderSettings withFip = new ProviderSettings(base.name(), Map.of(OpenStackSettings.CLOUD, "emulator",
                    OpenStackSettings.FLOATING_IP, "true", OpenStackSettings.NETWORK, "private"), ProviderCredentials.NONE,
                    base.requestTimeout(), base.env(), base.notices());
            try (Cloud cloud = Cloud.of(new OpenStackProviderFactory().create(withFip))) {
                Namespace ns = cloud.namespace("shop");
                CloudServer made = ns.create(OpenStackAccount.smallServer("web1"));
                CloudServer up = ns.waitUntil(made, ServerStatus.ACTIVE, OpenStackAccount.CHANGE_TIMEOUT);

                assertThat(up.networking().publicIpv4()).as("the floating address").isNotNull();
                assertThat(floatingIps(account)).isEqualTo(1);

                ns.delete(up);
                assertThat(floatingIps(account)).as("released with the server").isZero();
            }
        }
    }

    /** Read as any OpenStack client reads them, with the emulator user's own token. */
    private static int floatingIps(OpenStackAccount account) {
        return OsTestClient.json(OsTestClient.login(account.fixture().emulator()).get("/networking/v2.0/floatingips"))
                .path("floatingips").size();
    }
}
