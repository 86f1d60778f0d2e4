package dev.cloudmaker.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cloudmaker.emulator.kit.EmulatedKey;
import dev.cloudmaker.emulator.kit.EmulatedRecord;
import dev.cloudmaker.emulator.kit.EmulatedServer;
import dev.cloudmaker.emulator.openstack.OpenStackEmulator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A definition on an OpenStack cloud ({@code "type": "openstack"}) with its DNS names in Designate: plan, provision, a
 * no-op re-run and destroy through the CLI, against the OpenStack emulator, configured once from security.json's
 * fields and once from a clouds.yaml cloud, as openstacksdk users have it. The password is never printed or written.
 */
class OpenStackProviderCliIT {
    private static final String PASSWORD = "s3cret-0penstack";

    @TempDir
    Path dir;

    private OpenStackEmulator os;
    private final List<String> printed = new ArrayList<>();

    @BeforeEach
    void start() throws Exception {
        os = OpenStackEmulator.builder().port(0).password(PASSWORD).bootDelay(Duration.ofMillis(200))
                .actionDuration(Duration.ofMillis(200)).dnsDelay(Duration.ofMillis(100)).recordExchanges(true).start();
        Files.createDirectories(dir.resolve("project"));
    }

    @AfterEach
    void stop() throws Exception {
        os.close();
        assertThat(printed).noneMatch(o -> o.contains(PASSWORD));
        try (var files = Files.walk(dir.resolve("project"))) {
            for (Path f : files.filter(Files::isRegularFile).filter(f -> !f.getFileName().toString().equals("security.json"))
                    .filter(f -> !f.getFileName().toString().equals("clouds.yaml")).toList()) {
                assertThat(Files.readString(f, java.nio.charset.StandardCharsets.ISO_8859_1)).as(f.toString())
                        .doesNotContain(PASSWORD);
            }
        }
    }

    @Test
    void securityJsonFieldsPlanProvisionChangeNothingOnARerunAndDestroy() throws Exception {
        write("\"auth_url\": \"" + os.authUrl() + "\"", """
                {"providers": {"os": {"username": "%s", "password": "%s", "project_name": "%s",
                  "user_domain_name": "%s", "project_domain_name": "%s"}},
                 "public_ssh_key": "%s you@laptop"}
                """.formatted(os.user(), PASSWORD, os.project(), os.domain(), os.domain(), Fixture.publicKey(5)));

        provisionRerunDestroy();
    }

    @Test
    void aCloudOfCloudsYamlIsEnough() throws Exception {
        Path config = Files.createDirectories(dir.resolve(".config/openstack"));
        Files.writeString(config.resolve("clouds.yaml"), """
                clouds:
                  emu:
                    auth:
                      auth_url: "%s"
                      username: "%s"
                      password: "%s"
                      project_name: "%s"
                      user_domain_name: "%s"
                      project_domain_name: "%s"
                    region_name: "%s"
                """.formatted(os.authUrl(), os.user(), PASSWORD, os.project(), os.domain(), os.domain(), os.region()));
        write("\"cloud\": \"emu\"", """
                {"public_ssh_key": "%s you@laptop"}
                """.formatted(Fixture.publicKey(5)));

        provisionRerunDestroy();
    }

    @Test
    void aWrongPasswordIsACredentialsErrorThatSaysWhoAndWhereFromAndNothingIsMade() throws Exception {
        write("\"auth_url\": \"" + os.authUrl() + "\"", """
                {"providers": {"os": {"username": "%s", "password": "wrong-%s", "project_name": "%s"}},
                 "public_ssh_key": "%s you@laptop"}
                """.formatted(os.user(), PASSWORD, os.project(), Fixture.publicKey(5)));

        CliRun provision = cli("provision", "--yes");

        assertThat(provision.exitCode()).isNotZero();
        assertThat(provision.err()).contains("401", "user " + os.user(), "security.json").doesNotContain("wrong-" + PASSWORD);
        assertThat(os.account().servers()).isEmpty();
    }

    @Test
    void destroyLeavesNoSecurityGroupNorKeyPairOfTheNamespaceButKeepsThemWhileAServerRemains() throws Exception {
        write("\"auth_url\": \"" + os.authUrl() + "\"", """
                {"providers": {"os": {"username": "%s", "password": "%s", "project_name": "%s",
                  "user_domain_name": "%s", "project_domain_name": "%s"}},
                 "public_ssh_key": "%s you@laptop"}
                """.formatted(os.user(), PASSWORD, os.project(), os.domain(), os.domain(), Fixture.publicKey(5)));
        Path cloudJson = dir.resolve("project/cloud.json");
        Files.writeString(cloudJson, Files.readString(cloudJson)
                .replace("\"servers\": {", "\"roles\": { \"web\": { \"ports\": [80] } },\n  \"servers\": {")
                .replace("\"web1\": {", "\"web1\": { \"role\": \"web\","));
        Path alice = Files.writeString(dir.resolve("alice.pub"), Fixture.publicKey(7) + " alice@laptop\n");
        CliRun add = cli("keys", "add", "alice", alice.toString());
        assertThat(add.exitCode()).as(add.all()).isZero();
        CliRun provision = cli("provision", "--yes", "--create-zones");
        assertThat(provision.exitCode()).as(provision.all()).isZero();
        assertThat(os.securityGroups()).contains("cloudmaker-shop-web", "cloudmaker-shop");
        assertThat(os.account().keys()).extracting(EmulatedKey::name).contains("cloudmaker_shop_alice", "cloudmaker you@laptop");

        CliRun terminate = cli("terminate", "web1", "--yes");
        assertThat(terminate.exitCode()).as(terminate.all()).isZero();
        assertThat(os.securityGroups()).as("web2 remains").contains("cloudmaker-shop-web", "cloudmaker-shop");
        assertThat(os.account().keys()).extracting(EmulatedKey::name).contains("cloudmaker_shop_alice");

        CliRun destroy = cli("destroy", "--yes");
        assertThat(destroy.exitCode()).as(destroy.all()).isZero();
        assertThat(destroy.out()).contains("security group cloudmaker-shop-web", "key pair cloudmaker_shop_alice");
        assertThat(os.securityGroups()).noneMatch(g -> g.startsWith("cloudmaker-shop"));
        assertThat(os.account().keys()).extracting(EmulatedKey::name).doesNotContain("cloudmaker_shop_alice")
                .as("the account's key, shared by every namespace, stays").contains("cloudmaker you@laptop");

        CliRun again = cli("destroy", "--yes");
        assertThat(again.exitCode()).as(again.all()).isZero();
    }

    /** The project holds no zone: the first plan and provision create example.org, as the user asks with --create-zones. */
    private void provisionRerunDestroy() {
        CliRun plan = cli("plan", "--create-zones");
        assertThat(plan.exitCode()).as(plan.all()).isZero();
        assertThat(plan.out()).contains("+ server   web1", "+ server   web2", "+ domain   example.org");
        assertThat(os.stats().mutatingRequests()).as("only Keystone's token request, a POST").isEqualTo(os.tokensIssued());

        CliRun provision = cli("provision", "--yes", "--create-zones");
        assertThat(provision.exitCode()).as(provision.all()).isZero();
        assertThat(os.account().servers()).extracting(EmulatedServer::name).containsExactlyInAnyOrder("web1", "web2");
        String web1 = os.account().servers().stream().filter(s -> s.name().equals("web1")).findFirst().orElseThrow().publicIpv4();
        assertThat(os.account().records("example.org")).extracting(EmulatedRecord::type, EmulatedRecord::name, EmulatedRecord::data)
                .contains(org.assertj.core.groups.Tuple.tuple("A", "www", web1));

        os.resetStats();
        int tokens = os.tokensIssued();
        CliRun again = cli("provision", "--yes");
        assertThat(again.exitCode()).as(again.all()).isZero();
        assertThat(again.out()).contains("No changes.");
        assertThat(os.stats().mutatingRequests()).as("a re-run sends only reads, and its token request")
                .isEqualTo(os.tokensIssued() - tokens);
        assertThat(os.stats().byEndpoint()).as("both servers' debian-12 is looked up once, the zone only listed")
                .containsEntry("GET images", 1).containsEntry("GET zones", 1);

        CliRun destroy = cli("destroy", "--yes");
        assertThat(destroy.exitCode()).as(destroy.all()).isZero();
        assertThat(os.account().servers()).allMatch(s -> "deleted".equalsIgnoreCase(s.status()));
        assertThat(os.account().records("example.org")).noneMatch(r -> r.type().equals("A"));
    }

    private void write(String providerSettings, String security) throws Exception {
        Files.writeString(dir.resolve("project/cloud.json"), """
                {
                  "namespace": "shop",
                  "providers": { "os": { "type": "openstack", %s } },
                  "dns": "os",
                  "defaults": { "provider": "os", "region": "%s", "size": "m1.tiny", "image": "debian-12" },
                  "servers": { "web1": { "names": ["www.example.org"] }, "web2": { "size": "m1.small" } }
                }
                """.formatted(providerSettings, os.region()));
        Files.writeString(dir.resolve("project/security.json"), security);
    }

    private CliRun cli(String... args) {
        CliRun run = CliRun.in(dir.resolve("project"), Map.of("HOME", dir.toString()), args);
        printed.add(run.all());
        return run;
    }

    @Test
    void aMissingZoneStopsThePlanUntilCreateZonesWhichMakesItWithTheZoneEmailOnce() throws Exception {
        write("\"auth_url\": \"" + os.authUrl() + "\", \"zone_email\": \"dns@ops.example.net\"", """
                {"providers": {"os": {"username": "%s", "password": "%s", "project_name": "%s"}},
                 "public_ssh_key": "%s you@laptop"}
                """.formatted(os.user(), PASSWORD, os.project(), Fixture.publicKey(5)));

        CliRun refused = cli("provision", "--yes");

        assertThat(refused.exitCode()).as(refused.all()).isNotZero();
        assertThat(refused.err()).contains("DNS zone example.org is not in the account of provider os",
                "zone example.org is needed by www.example.org (web1)", "--create-zones");
        assertThat(os.stats().mutatingRequests()).as("only Keystone's token request, a POST").isEqualTo(os.tokensIssued());
        assertThat(os.account().zones()).isEmpty();
        assertThat(os.account().servers()).isEmpty();

        CliRun created = cli("provision", "--yes", "--create-zones");
        assertThat(created.exitCode()).as(created.all()).isZero();
        assertThat(os.account().zones()).containsExactly("example.org");
        assertThat(os.exchanges()).filteredOn(e -> e.method().equals("POST") && e.path().endsWith("/dns/v2/zones"))
                .singleElement().satisfies(e -> assertThat(e.requestBody()).contains("\"email\":\"dns@ops.example.net\""));
        String web1 = os.account().servers().stream().filter(s -> s.name().equals("web1")).findFirst().orElseThrow().publicIpv4();
        assertThat(os.account().records("example.org")).extracting(EmulatedRecord::type, EmulatedRecord::name, EmulatedRecord::data)
                .contains(org.assertj.core.groups.Tuple.tuple("A", "www", web1));

        os.resetStats();
        int tokens = os.tokensIssued();
        CliRun again = cli("provision", "--yes");
        assertThat(again.exitCode()).as(again.all()).isZero();
        assertThat(again.out()).contains("No changes.");
        assertThat(os.stats().mutatingRequests()).as("a re-run sends only reads, and its token request")
                .isEqualTo(os.tokensIssued() - tokens);
        assertThat(os.stats().byEndpoint()).as("both servers' debian-12 is looked up once, the zone only listed")
                .containsEntry("GET images", 1).containsEntry("GET zones", 1);
        assertThat(os.account().zones()).containsExactly("example.org");
    }
}
