package dev.cloudmaker.emulator.openstack;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cloudmaker.emulator.kit.EmulatorFactory;
import dev.cloudmaker.emulator.kit.EmulatorOption;
import dev.cloudmaker.emulator.kit.EmulatorOptions;
import dev.cloudmaker.emulator.kit.RunningEmulator;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code cloudmaker emulator openstack}'s side: the factory by type, its options, the OS_* exports, the state file. */
class OpenStackEmulatorFactoryIT {
    @TempDir
    Path dir;

    private final EmulatorFactory factory = EmulatorFactory.find("openstack").orElseThrow();

    @Test
    void itTakesAUserPasswordProjectAndRegionBesideTheKitsOptions() {
        assertThat(factory.options()).extracting(EmulatorOption::flag).contains(EmulatorOption.USER,
                EmulatorOption.PASSWORD, EmulatorOption.PROJECT, EmulatorOption.REGION, EmulatorOption.FAULT,
                EmulatorOption.STATE).doesNotContain(EmulatorOption.KEY, EmulatorOption.ACCOUNT);
    }

    @Test
    void theExportsAreAPasswordLoginToKeystoneV3() {
        try (RunningEmulator emu = factory.start(EmulatorOptions.defaults().withUser("carol").withPassword("pw")
                .withProject("web").withRegion("RegionTwo"))) {
            String auth = emu.url() + "/identity/v3";
            assertThat(emu.clientEnvironment()).containsExactly(entry("OS_AUTH_URL", auth), entry("OS_USERNAME", "carol"),
                    entry("OS_PASSWORD", "pw"), entry("OS_PROJECT_NAME", "web"), entry("OS_USER_DOMAIN_NAME", "Default"),
                    entry("OS_PROJECT_DOMAIN_NAME", "Default"), entry("OS_REGION_NAME", "RegionTwo"),
                    entry("OS_IDENTITY_API_VERSION", "3"));
            assertThat(emu.providerSettings()).containsEntry("auth_url", auth).containsEntry("region_name", "RegionTwo");
            assertThat(emu.credentials()).containsEntry("username", "carol").containsEntry("project_name", "web");
        }
    }

    @Test
    void aFaultAtAnOperationOpenStackLacksIsRefused() {
        assertThatThrownBy(() -> factory.start(EmulatorOptions.defaults().withFaults(List.of("503@droplets"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("servers");
    }

    @Test
    void theStateFileKeepsServersKeysGroupsAndZonesAcrossRestarts() {
        Path state = dir.resolve("openstack.json");
        String id;
        try (OpenStackEmulator emu = OpenStackEmulator.builder().stateFile(state).start()) {
            OsTestClient api = OsTestClient.login(emu);
            String image = OsTestClient.json(api.get("/image/v2/images?name=rocky-9")).at("/images/0/id").asText();
            id = OsTestClient.json(api.post("/compute/v2.1/servers", "{\"server\":{\"name\":\"kept\",\"imageRef\":\""
                    + image + "\",\"flavorRef\":\"1\"}}")).at("/server/id").asText();
            api.post("/dns/v2/zones", "{\"name\":\"kept.test.\",\"email\":\"h@kept.test\"}");
            api.post("/networking/v2.0/security-groups", "{\"security_group\":{\"name\":\"kept\"}}");
        }
        try (OpenStackEmulator emu = OpenStackEmulator.builder().stateFile(state).start()) {
            OsTestClient api = OsTestClient.login(emu);
            assertThat(OsTestClient.json(api.get("/compute/v2.1/servers/" + id)).at("/server/name").asText()).isEqualTo("kept");
            assertThat(emu.account().zones()).containsExactly("kept.test");
            assertThat(OsTestClient.json(api.get("/networking/v2.0/security-groups")).findValuesAsText("name"))
                    .containsExactlyInAnyOrder("default", "kept");
        }
    }
}
