package dev.cloudmaker.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cloudmaker.api.Cloud;
import dev.cloudmaker.api.Namespace;
import dev.cloudmaker.core.Secret;
import dev.cloudmaker.core.http.Json;
import dev.cloudmaker.core.spi.CloudServer;
import dev.cloudmaker.core.spi.ImageInfo;
import dev.cloudmaker.core.spi.PowerAction;
import dev.cloudmaker.core.spi.Provider;
import dev.cloudmaker.core.spi.ProviderSettings;
import dev.cloudmaker.core.spi.ServerStatus;
import dev.cloudmaker.core.state.FileStateStore;
import dev.cloudmaker.core.state.HostKeyPins;
import dev.cloudmaker.core.state.Workspace;
import dev.cloudmaker.digitalocean.DigitalOceanProviderFactory;
import dev.cloudmaker.emulator.digitalocean.DigitalOceanEmulator;
import dev.cloudmaker.emulator.digitalocean.EmuDroplet;
import dev.cloudmaker.ssh.firstboot.HostKeyStore;
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

/** The lifecycle commands as a user runs them, against the emulator: three servers in two roles, provisioned first. */
class LifecycleIT {
    static final String CLOUD = """
            {
                "defaults": { "region": "nyc3", "size": "s-1vcpu-1gb", "image": "debian-12-x64" }
              , "roles": { "web": {}, "db": {} }
              , "servers": {
                    "web1": { "role": "web", "names": ["web1.acme.com"] }
                  , "web2": { "role": "web" }
                  , "db1": { "role": "db", "names": ["db.acme.com"] }
                }
            }
            """;

    @TempDir
    Path dir;

    private DigitalOceanEmulator emu;

    @BeforeEach
    void provision() throws Exception {
        emu = DigitalOceanEmulator.builder().bootDelay(Duration.ofMillis(200)).actionDuration(Duration.ofMillis(200)).start();
        Fixture.write(dir, "dop_v1_test");
        Files.writeString(dir.resolve("cloud.json"), CLOUD);
        CliRun provision = cli("provision", "--yes");
        assertThat(provision.exitCode()).as(provision.all()).isZero();
    }

    @AfterEach
    void stop() {
        emu.close();
    }

    private CliRun cli(String... args) {
        return cliWith(Map.of(), args);
    }

    private CliRun cliWith(Map<String, String> env, String... args) {
        return CliRun.against(emu.baseUrl(), dir, env, args);
    }

    private EmuDroplet droplet(String name) {
        return emu.droplets().stream().filter(d -> d.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void listShowsTheNamespacesServersWithRoleStateAndPriceAndFilters() throws Exception {
        CliRun list = cli("list");
        assertThat(list.exitCode()).as(list.all()).isZero();
        assertThat(list.out()).contains("NAME", "ROLE", "$/MONTH").containsPattern("web1 +\\d+ +active +\\S+ +web +digitalocean +nyc3 +s-1vcpu-1gb +\\d+[smhd] +6.00");
        assertThat(list.err()).contains("3 server(s) in namespace default, 18.00 a month");

        JsonNode json = Json.MAPPER.readTree(cli("list", "--json").out()).get("servers");
        assertThat(json).hasSize(3);
        assertThat(json.get(0).get("role").asText()).isEqualTo("web");
        assertThat(json.get(0).get("monthly_cost").asDouble()).isEqualTo(6.0);
        assertThat(json.get(0).get("ipv4").asText()).isEqualTo(droplet("web1").publicIpv4());

        assertThat(names(cli("list", "--role", "web", "--json"))).containsExactly("web1", "web2");
        assertThat(names(cli("list", "--state", "off", "--json"))).isEmpty();
        assertThat(names(cli("list", "--tag", "cloudmaker:default", "--json"))).containsExactly("web1", "web2", "db1");
        CliRun badState = cli("list", "--state", "sleeping");
        assertThat(badState.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(badState.err()).contains("active", "off");
    }

    private static List<String> names(CliRun run) throws Exception {
        assertThat(run.exitCode()).as(run.all()).isZero();
        List<String> names = new ArrayList<>();
        Json.MAPPER.readTree(run.out()).get("servers").forEach(s -> names.add(s.get("name").asText()));
        return names;
    }

    @Test
    void aServerIsNamedByNameOrByARoleOnlyItPlays() {
        CliRun byRole = cli("show", "db");
        assertThat(byRole.exitCode()).as(byRole.all()).isZero();
        assertThat(byRole.out()).contains("name:         db1", "role:         db", "ipv4:         " + droplet("db1").publicIpv4(),
                "s-1vcpu-1gb (6.00 a month)");

        CliRun ambiguous = cli("show", "web");
        assertThat(ambiguous.exitCode()).isEqualTo(ExitCodes.ERROR);
        assertThat(ambiguous.err()).contains("role web has 2 servers (web1, web2): name one of them");

        CliRun unknown = cli("stop", "web1", "nosuch");
        assertThat(unknown.exitCode()).isEqualTo(ExitCodes.ERROR);
        assertThat(unknown.err()).contains("no server or role \"nosuch\" in namespace default; servers: web1, web2, db1; roles: db (db1), web (web1, web2)");
        assertThat(droplet("web1").status()).as("nothing stopped when one name is wrong").isEqualTo("active");
    }

    @Test
    void bootstrapNamesServersAsEveryOtherCommandDoes() {
        CliRun unknown = cli("bootstrap", "web1", "nosuch");
        assertThat(unknown.exitCode()).isEqualTo(ExitCodes.ERROR);
        assertThat(unknown.err()).contains("no server or role \"nosuch\" in namespace default; servers: web1, web2, db1; roles: db (db1), web (web1, web2)");

        CliRun ambiguous = cli("bootstrap", "web");
        assertThat(ambiguous.err()).contains("role web has 2 servers (web1, web2): name one of them", "--role web");

        CliRun byRole = cli("bootstrap", "db");
        assertThat(byRole.err()).as("db is db1, found; the emulator's servers are then not bootstrapped")
                .doesNotContain("no server").contains("An emulator's servers");
    }

    @Test
    void serversStopStartAndRebootInParallelAndRepeatsChangeNothing() {
        CliRun stop = cli("stop", "web1", "web2", "--wait");
        assertThat(stop.exitCode()).as(stop.all()).isZero();
        assertThat(stop.out()).contains("web1: off after", "web2: off after");
        assertThat(droplet("web1").status()).isEqualTo("off");
        assertThat(droplet("web2").status()).isEqualTo("off");
        assertThat(droplet("db1").status()).isEqualTo("active");

        emu.resetStats();
        CliRun again = cli("stop", "web1");
        assertThat(again.out()).contains("web1: already off");
        assertThat(emu.stats().mutatingRequests()).isZero();

        CliRun start = cli("start", "web1", "--wait", "--timeout", "30s");
        assertThat(start.exitCode()).as(start.all()).isZero();
        assertThat(droplet("web1").status()).isEqualTo("active");

        CliRun reboot = cli("reboot", "db", "web2", "--wait");
        assertThat(reboot.exitCode()).as(reboot.all()).isZero();
        assertThat(reboot.out()).contains("db1: active after", "web2: active after");
        assertThat(droplet("web2").status()).as("a stopped server is started by reboot").isEqualTo("active");

        CliRun noWait = cli("stop", "db1");
        assertThat(noWait.out()).contains("db1: stop accepted");
    }

    @Test
    void withJsonStdoutIsOnlyTheDocumentAndProgressGoesToStderr() throws Exception {
        CliRun stop = cli("stop", "web1", "db", "--wait", "--json");

        assertThat(stop.exitCode()).as(stop.all()).isZero();
        JsonNode doc = Json.MAPPER.readTree(stop.out()).get("servers");
        assertThat(doc).hasSize(2);
        assertThat(doc.get(0).get("name").asText()).isEqualTo("web1");
        assertThat(doc.get(0).get("id").asText()).isEqualTo(Long.toString(droplet("web1").id()));
        assertThat(doc.get(0).get("outcome").asText()).isEqualTo("done");
        assertThat(doc.get(0).get("message").asText()).startsWith("off after");
        assertThat(doc.get(1).get("name").asText()).isEqualTo("db1");
        assertThat(stop.err()).contains("web1: off after", "db1: off after");

        CliRun again = cli("start", "web1", "db1", "web2", "--json");
        assertThat(again.exitCode()).as(again.all()).isZero();
        assertThat(Json.MAPPER.readTree(again.out()).get("servers")).extracting(n -> n.get("outcome").asText())
                .containsExactly("accepted", "accepted", "unchanged");
    }

    @Test
    void execSkipsStoppedServersChosenByRoleOrAllAndRefusesANamedOne() {
        assertThat(cli("stop", "web2", "--wait").exitCode()).isZero();

        CliRun byRole = cli("exec", "--role", "web", "--", "true");
        // web1 goes on to the login (which this fixture has no key for), web2 does not
        assertThat(byRole.err()).contains("web2: skipped, it is off; start it with `cloudmaker start web2`").doesNotContain("web2: not run");

        emu.resetStats();
        CliRun named = cli("exec", "web2", "--", "true");
        assertThat(named.exitCode()).isEqualTo(ExitCodes.ERROR);
        assertThat(named.err()).contains("web2 is off, so the command cannot run there; start it with `cloudmaker start web2`");
        assertThat(emu.stats().mutatingRequests()).isZero();

        assertThat(cli("stop", "web1", "db1", "--wait").exitCode()).isZero();
        CliRun all = cli("exec", "--all", "--", "true");
        assertThat(all.exitCode()).as(all.all()).isZero();
        assertThat(all.err()).contains("web1: skipped, it is off", "web2: skipped, it is off", "db1: skipped, it is off",
                "No chosen server is running; nothing ran.");
    }

    @Test
    void resizeChecksTheSizeFirstStartsARunningServerAgainAndWritesTheSizeToCloudJson() throws Exception {
        emu.resetStats();
        CliRun unknown = cli("resize", "db1", "s-64vcpu-1tb");
        assertThat(unknown.exitCode()).isEqualTo(ExitCodes.ERROR);
        assertThat(unknown.err()).contains("size \"s-64vcpu-1tb\" does not exist", "cloudmaker sizes");
        assertThat(emu.stats().mutatingRequests()).isZero();

        CliRun resize = cli("resize", "db", "s-2vcpu-4gb", "--wait");
        assertThat(resize.exitCode()).as(resize.all()).isZero();
        assertThat(resize.out()).contains("db1 is running: it is powered off for the resize and started again", "db1 resized s-1vcpu-1gb → s-2vcpu-4gb");
        assertThat(droplet("db1").size()).isEqualTo("s-2vcpu-4gb");
        assertThat(droplet("db1").status()).isEqualTo("active");
        assertThat(resize.out()).contains("cloud.json: db1's size is now s-2vcpu-4gb.");
        JsonNode written = Json.MAPPER.readTree(dir.resolve("cloud.json").toFile());
        assertThat(written.at("/servers/db1/size").asText()).isEqualTo("s-2vcpu-4gb");
        assertThat(written.at("/servers/web1/size").isMissingNode()).as("the others keep the default").isTrue();
        CliRun plan = cli("plan", "--detailed-exitcode");
        assertThat(plan.exitCode()).as("the next plan keeps the new size: " + plan.all()).isZero();
    }

    @Test
    void anImageIsMadeOfAStoppedServerAndTheServerIsRecreatedFromIt() throws Exception {
        CliRun image = cli("image", "db", "--as", "db-golden");
        assertThat(image.exitCode()).as(image.all()).isZero();
        assertThat(image.out()).contains("db1 is running: stopping it", "db1 is running again.", "Image db-golden (id ");
        assertThat(droplet("db1").status()).isEqualTo("active");
        ImageInfo golden = snapshots().stream().filter(i -> i.name().equals("cloudmaker:default:db-golden")).findFirst().orElseThrow();
        sameNamedImageInNamespace("staging", "db-golden");

        CliRun defaultName = cli("image", "web2", "--json");
        assertThat(defaultName.exitCode()).as(defaultName.all()).isZero();
        assertThat(Json.MAPPER.readTree(defaultName.out()).get("image").get("name").asText()).matches("cloudmaker:default:web2-\\d{8}-\\d{6}");

        long oldId = droplet("db1").id();
        emu.resetStats();
        CliRun unasked = cli("recreate", "db1", "--from", "db-golden");
        assertThat(unasked.exitCode()).isEqualTo(ExitCodes.ERROR);
        assertThat(unasked.err()).contains("Nothing changed", "--yes");
        assertThat(emu.stats().mutatingRequests()).isZero();

        CliRun recreate = cli("recreate", "db", "--from", "db-golden", "--yes");
        assertThat(recreate.exitCode()).as(recreate.all()).isZero();
        assertThat(recreate.out()).contains("-/+ server db1", "recreate from image " + golden.id(), "~ dns", "db.acme.com");
        EmuDroplet db = droplet("db1");
        assertThat(db.id()).isNotEqualTo(oldId);
        assertThat(db.image()).isEqualTo(golden.id());
        assertThat(emu.droplets()).extracting(EmuDroplet::name).containsExactlyInAnyOrder("web1", "web2", "db1");
        assertThat(emu.records("acme.com")).filteredOn(r -> r.name().equals("db") && r.type().equals("A"))
                .singleElement().satisfies(r -> assertThat(r.data()).isEqualTo(db.publicIpv4()));
        assertThat(Files.readString(dir.resolve("cloud.json"))).contains(db.publicIpv4());
        assertThat(Files.readString(dir.resolve("cloudmaker_inventory.json"))).contains(db.publicIpv4());
        CliRun plan = cli("plan", "--detailed-exitcode");
        assertThat(plan.exitCode()).as("no drift after a recreate from a snapshot: " + plan.all()).isZero();

        CliRun fromCloudJson = cli("recreate", "web2", "--yes");
        assertThat(fromCloudJson.exitCode()).as(fromCloudJson.all()).isZero();
        assertThat(droplet("web2").image()).isEqualTo("debian-12-x64");

        CliRun missing = cli("recreate", "web1", "--from", "no-such-image", "--yes");
        assertThat(missing.exitCode()).isEqualTo(ExitCodes.ERROR);
        assertThat(missing.err()).contains("image no-such-image does not exist");
    }

    /** Another namespace's image of the same name, made after this namespace's, so newest-wins would pick it. */
    private void sameNamedImageInNamespace(String namespace, String imageName) {
        long theirs = emu.seedDroplet("theirs", "nyc3", "s-1vcpu-1gb", "debian-12-x64", List.of("cloudmaker:" + namespace));
        try (Cloud cloud = Cloud.of(new DigitalOceanProviderFactory().create(
                ProviderSettings.of("digitalocean", emu.baseUrl(),
                        new dev.cloudmaker.core.spi.ProviderCredentials(Map.of("token", Secret.of("dop_v1_test"))), Duration.ofSeconds(10))))) {
            Namespace other = cloud.namespace(namespace);
            CloudServer server = other.require("theirs");
            other.power(server, PowerAction.STOP, Duration.ofSeconds(30));
            other.waitUntil(server, ServerStatus.OFF, Duration.ofSeconds(30));
            ImageInfo image = other.snapshot(server, imageName, Duration.ofSeconds(30));
            assertThat(image.name()).isEqualTo("cloudmaker:" + namespace + ":" + imageName);
            assertThat(Long.parseLong(image.id())).as("newer than every image before it").isGreaterThan(theirs);
            other.delete(server);
        }
    }

    private List<ImageInfo> snapshots() {
        try (Provider provider = new DigitalOceanProviderFactory().create(
                ProviderSettings.of("digitalocean", emu.baseUrl(),
                        new dev.cloudmaker.core.spi.ProviderCredentials(Map.of("token", Secret.of("dop_v1_test"))), Duration.ofSeconds(10)))) {
            return provider.images().list();
        }
    }

    @Test
    void terminateDeletesTheServerItsRecordsAndItsPinnedHostKey() {
        FileStateStore state = new FileStateStore(new Workspace(dir));
        HostKeyPins knownHosts = state.pins();
        HostKeyStore hostKeys = new HostKeyStore(state.hostKeys("default"));
        knownHosts.pin("web1", List.of(droplet("web1").publicIpv4()), 22, hostKeys.forServer("web1").sshPublicKey());

        CliRun unasked = cli("terminate", "web1");
        assertThat(unasked.exitCode()).isEqualTo(ExitCodes.ERROR);
        assertThat(emu.droplets()).hasSize(3);

        CliRun unknown = cli("terminate", "web9", "--yes");
        assertThat(unknown.exitCode()).isEqualTo(ExitCodes.ERROR);
        assertThat(unknown.err()).contains("no server or role \"web9\"");
        assertThat(emu.droplets()).hasSize(3);

        CliRun terminate = cli("terminate", "web1", "--yes");
        assertThat(terminate.exitCode()).as(terminate.all()).isZero();
        assertThat(terminate.out()).contains("- server   web1", "web1.acme.com", "Destroy complete: 3 destroyed.");
        assertThat(emu.droplets()).extracting(EmuDroplet::name).containsExactlyInAnyOrder("web2", "db1");
        assertThat(emu.records("acme.com")).noneSatisfy(r -> assertThat(r.name()).isEqualTo("web1"));
        assertThat(knownHosts.lookup("web1")).isEmpty();
        assertThat(hostKeys.find("web1")).isEmpty();

        CliRun byRole = cli("terminate", "db", "--yes");
        assertThat(byRole.exitCode()).as(byRole.all()).isZero();
        assertThat(emu.droplets()).extracting(EmuDroplet::name).containsExactly("web2");
    }

    @Test
    void aServerFromOutsideIsImportedUnderItsOwnNameOnly() {
        long legacy = emu.seedDroplet("legacy", "nyc3", "s-1vcpu-1gb", "debian-12-x64", List.of("team-a"));
        assertThat(cli("list").out()).doesNotContain("legacy");

        CliRun wrongName = cli("import", "old", Long.toString(legacy));
        assertThat(wrongName.exitCode()).isEqualTo(ExitCodes.ERROR);
        assertThat(wrongName.err()).contains("is named legacy, not old");
        CliRun noSuchId = cli("import", "legacy", "123");
        assertThat(noSuchId.exitCode()).isEqualTo(ExitCodes.ERROR);
        assertThat(noSuchId.err()).contains("no server with id 123");

        CliRun imported = cli("import", "legacy", Long.toString(legacy));
        assertThat(imported.exitCode()).as(imported.all()).isZero();
        assertThat(imported.out()).contains("Imported legacy (id " + legacy + ") into namespace default", "not in cloud.json");
        assertThat(droplet("legacy").tags()).contains("team-a", "cloudmaker:default");
        assertThat(cli("list").out()).contains("legacy");
        assertThat(cli("plan").out()).as("provision leaves an imported, undeclared server alone").doesNotContain("- server");
    }

    @Test
    void anotherNamespacesServersAreInvisibleAndUntouched() {
        long theirs = emu.seedDroplet("web1", "nyc3", "s-1vcpu-1gb", "debian-12-x64", List.of("cloudmaker:staging"));

        assertThat(cli("list").out()).doesNotContain(Long.toString(theirs));
        assertThat(cli("stop", "web1", "--wait").exitCode()).isZero();
        assertThat(emu.droplets()).filteredOn(d -> d.id() == theirs).singleElement()
                .satisfies(d -> assertThat(d.status()).isEqualTo("active"));

        CliRun staging = cliWith(Map.of("CLOUDMAKER_NAMESPACE", "staging"), "list", "--json");
        assertThat(staging.out()).contains("\"id\" : \"" + theirs + "\"").doesNotContain(Long.toString(droplet("web2").id()));
        CliRun byOption = cli("-n", "staging", "show", "db1");
        assertThat(byOption.exitCode()).isEqualTo(ExitCodes.ERROR);
        assertThat(byOption.err()).contains("in namespace staging");

        CliRun steal = cli("import", "web1", Long.toString(theirs));
        assertThat(steal.exitCode()).isEqualTo(ExitCodes.ERROR);
        assertThat(steal.err()).contains("belongs to namespace staging");
        CliRun terminate = cli("-n", "staging", "terminate", "db1", "--yes");
        assertThat(terminate.exitCode()).isEqualTo(ExitCodes.ERROR);
        assertThat(emu.droplets()).hasSize(4);
    }
}
