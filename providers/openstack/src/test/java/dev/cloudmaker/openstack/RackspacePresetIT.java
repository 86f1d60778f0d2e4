package dev.cloudmaker.openstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cloudmaker.core.spi.Provider;
import dev.cloudmaker.core.spi.ProviderSettings;
import dev.cloudmaker.core.spi.RegionInfo;
import dev.cloudmaker.emulator.openstack.OpenStackEmulator;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code "type": "rackspace"} logs in as Rackspace OpenStack Flex takes it (OPENSTACK-NOTES.md §2.5): Keystone v3's
 * password method with the API key where the password goes, in the preset's region DFW3. The emulated Keystone stands
 * in for Flex's (its user is in the domain {@code Default}, so the test names that domain).
 */
class RackspacePresetIT {
    private static final String API_KEY = "0123456789abcdef0123456789abcdef";
    private static OpenStackEmulator flex;

    @BeforeAll
    static void start() {
        flex = OpenStackEmulator.builder().port(0).region("DFW3").user("rackuser").password(API_KEY).project("123456").start();
    }

    @AfterAll
    static void stop() {
        flex.close();
    }

    private static ProviderSettings settings(String apiKey) {
        return TestSettings.settings(Map.of("auth_url", flex.authUrl().toString(), "user_domain_name", "Default",
                "project_domain_name", "Default"), Map.of("username", "rackuser", "api_key", apiKey, "project_name", "123456"),
                Map.of());
    }

    @Test
    void theApiKeyIsThePasswordOfAKeystoneV3LoginInThePresetsRegion() {
        int before = flex.tokensIssued();
        try (Provider rackspace = new RackspaceProviderFactory().create(settings(API_KEY))) {
            assertThat(rackspace.name()).isEqualTo("rackspace");
            assertThat(rackspace.catalog().regions()).filteredOn(RegionInfo::available).extracting(RegionInfo::slug)
                    .containsExactly("DFW3");
            assertThat(rackspace.catalog().sizes()).isNotEmpty();
        }
        assertThat(flex.tokensIssued()).isEqualTo(before + 1);
    }

    @Test
    void aWrongApiKeyIsRefusedWithoutBeingPrinted() {
        String wrong = "ffffffffffffffffffffffffffffffff";
        try (Provider rackspace = new RackspaceProviderFactory().create(settings(wrong))) {
            assertThatThrownBy(() -> rackspace.catalog().sizes()).hasMessageContaining("401")
                    .hasMessageNotContaining(wrong).hasMessageNotContaining(API_KEY);
        }
    }
}
