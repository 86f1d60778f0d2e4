package dev.cloudmaker.digitalocean;

import dev.cloudmaker.api.Cloud;
import dev.cloudmaker.api.Namespace;
import dev.cloudmaker.core.Secret;
import dev.cloudmaker.core.engine.Operations;
import dev.cloudmaker.core.spi.CloudServer;
import dev.cloudmaker.core.spi.ImageInfo;
import dev.cloudmaker.core.spi.PowerAction;
import dev.cloudmaker.core.spi.ProviderSettings;
import dev.cloudmaker.core.spi.ServerRequest;
import dev.cloudmaker.core.spi.ServerStatus;
import dev.cloudmaker.emulator.digitalocean.DigitalOceanEmulator;
import dev.cloudmaker.testkit.DefinitionFixture;
import dev.cloudmaker.testkit.OpenApiContract;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every request the provider sends while provisioning, re-running and destroying the seed scenario,
 * and every answer, conforms to DigitalOcean's published OpenAPI description; so does every lifecycle
 * operation (power, snapshots, tags, keys) as the library calls it.
 */
class ClientContractIT {
    @TempDir
    Path dir;

    @Test
    void provisionAndDestroyExchangesConformToTheOpenApiDescription() {
        OpenApiContract contract = OpenApiContract.digitalOcean();
        try (EmulatedCloud cloud = new EmulatedCloud(EmulatedCloud.emulator().recordExchanges(true).start(),
                DefinitionFixture.seedScenario(dir).write())) {
            cloud.provision();
            cloud.provision();
            Operations ops = cloud.operations();
            ops.apply(ops.planDestroy(List.of()));

            contract.assertConforms(cloud.emu.exchanges());
        }
    }

    @Test
    void lifecycleExchangesConformToTheOpenApiDescription() {
        OpenApiContract contract = OpenApiContract.digitalOcean();
        try (DigitalOceanEmulator emu = EmulatedCloud.emulator().recordExchanges(true).start();
             Cloud cloud = Cloud.of(new DigitalOceanProviderFactory().create(
                     TestSettings.of(emu.baseUrl(), Secret.of("dop_v1_test"), Duration.ofSeconds(10))))) {
            Namespace ns = cloud.namespace("lifecycle");
            Duration timeout = Duration.ofSeconds(30);
            CloudServer web = ns.waitUntil(ns.create(ServerRequest.builder("web", "nyc3", "s-1vcpu-1gb", "debian-12-x64").build()), ServerStatus.ACTIVE, timeout);
            cloud.provider().servers().get("999999999");
            ns.power(web, PowerAction.STOP, timeout);
            ns.waitUntil(web, ServerStatus.OFF, timeout);
            ImageInfo image = ns.snapshot(web, "web-image", timeout);
            cloud.provider().images().list();
            ns.power(web, PowerAction.START, timeout);
            ns.waitUntil(web, ServerStatus.ACTIVE, timeout);
            ns.power(web, PowerAction.REBOOT, timeout);
            ns.tag(web, "extra");
            ns.untag(web, "extra");
            ns.untag(web, "never-made");
            ns.waitUntil(ns.create(ServerRequest.builder("copy", "nyc3", "s-1vcpu-1gb", image.id()).build()), ServerStatus.ACTIVE, timeout);
            cloud.provider().images().delete(image.id());
            cloud.provider().images().delete(image.id());
            cloud.provider().keys().list();
            cloud.provider().keys().delete("12345");

            contract.assertConforms(emu.exchanges());
        }
    }
}
