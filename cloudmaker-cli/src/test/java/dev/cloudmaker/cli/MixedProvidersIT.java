package dev.cloudmaker.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cloudmaker.core.http.Json;
import dev.cloudmaker.emulator.digitalocean.DigitalOceanEmulator;
import dev.cloudmaker.emulator.digitalocean.EmuDroplet;
import dev.cloudmaker.emulator.digitalocean.EmuRecord;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One definition on two DigitalOcean accounts, each behind its own emulator and token, with every DNS
 * record in the first account's zones: through the CLI, as a user runs it.
 */
class MixedProvidersIT {
    static final String CLOUD = """
            {
              "namespace": "shop",
              "providers": {
                "nyc": { "type": "digitalocean" },
                "ams": { "type": "digitalocean" }
              },
              "dns": "nyc",
              "defaults": { "provider": "nyc", "region": "nyc3", "size": "s-1vcpu-1gb", "image": "debian-12-x64" },
              "servers": {
                "web1": { "names": ["www.shop.example.com", "shop.example.com"] },
                "web2": { "provider": "ams", "region": "ams3", "names": ["eu.shop.example.com"] },
                "db1":  { "provider": "ams", "region": "ams3" }
              }
            }
            """;

    @TempDir
    Path dir;

    private DigitalOceanEmulator nyc;
    private DigitalOceanEmulator ams;
    private final java.util.List<String> printed = new java.util.ArrayList<>();

    @BeforeEach
    void start() throws Exception {
        nyc = DigitalOceanEmulator.builder().bootDelay(Duration.ofMillis(200)).start();
        ams = DigitalOceanEmulator.builder().bootDelay(Duration.ofMillis(200)).start();
        // each account knows only its own token: a request sent with the other one's is refused
        nyc.rejectToken("dop_v1_ams");
        ams.rejectToken("dop_v1_nyc");
        Files.writeString(dir.resolve("cloud.json"), CLOUD);
        Files.writeString(dir.resolve("security.json"), """
                {"providers": {"nyc": {"token": "dop_v1_nyc"}, "ams": {"token": "dop_v1_ams"}},
                 "public_ssh_key": "%s you@laptop"}
                """.formatted(Fixture.publicKey(3)));
    }

    /** Neither account's token is ever printed, logged (-v) or written anywhere but security.json. */
    @AfterEach
    void stop() throws Exception {
        nyc.close();
        ams.close();
        List<String> written = new java.util.ArrayList<>();
        try (var files = Files.walk(dir)) {
            for (Path f : files.filter(Files::isRegularFile).filter(f -> !f.getFileName().toString().equals("security.json")).toList()) {
                written.add(Files.readString(f, java.nio.charset.StandardCharsets.ISO_8859_1));
            }
        }
        assertThat(printed).noneMatch(o -> o.contains("dop_v1_nyc") || o.contains("dop_v1_ams"));
        assertThat(written).noneMatch(o -> o.contains("dop_v1_nyc") || o.contains("dop_v1_ams"));
    }

    private CliRun cli(String... args) {
        String[] full = new String[args.length + 7];
        System.arraycopy(new String[] {"-v", "-C", dir.toString(), "--api-url", "nyc=" + nyc.baseUrl(), "--api-url", "ams=" + ams.baseUrl()},
                0, full, 0, 7);
        System.arraycopy(args, 0, full, 7, args.length);
        CliRun run = CliRun.of(Map.of(), full);
        printed.add(run.all());
        return run;
    }

    @Test
    void eachAccountGetsItsServersAndTheDnsAccountEveryRecord() throws Exception {
        CliRun plan = cli("plan");
        assertThat(plan.exitCode()).as(plan.all()).isZero();
        assertThat(plan.out()).containsSubsequence("nyc ", "+ key", "+ server   web1",
                "ams ", "+ key", "+ server   web2", "+ server   db1",
                "dns: nyc", "+ domain   example.com", "A    eu.shop.example.com → web2 (known after apply)",
                "Plan: ");
        assertThat(nyc.stats().mutatingRequests() + ams.stats().mutatingRequests()).isZero();

        CliRun provision = cli("provision", "--yes");
        assertThat(provision.exitCode()).as(provision.all()).isZero();
        assertThat(nyc.droplets()).extracting(EmuDroplet::name).containsExactly("web1");
        assertThat(ams.droplets()).extracting(EmuDroplet::name).containsExactlyInAnyOrder("web2", "db1");
        assertThat(ams.domains()).isEmpty();
        EmuDroplet web2 = ams.droplets().stream().filter(d -> d.name().equals("web2")).findFirst().orElseThrow();
        assertThat(nyc.records("example.com")).filteredOn(r -> r.type().equals("A")).extracting(EmuRecord::name, EmuRecord::data)
                .contains(org.assertj.core.groups.Tuple.tuple("eu.shop", web2.publicIpv4()));

        JsonNode inventory = Json.MAPPER.readTree(dir.resolve("cloudmaker_inventory.json").toFile());
        assertThat(inventory.path("web2").path("provider").asText()).isEqualTo("ams");
        assertThat(inventory.path("web1").path("provider").asText()).isEqualTo("nyc");
        assertThat(inventory.path("web2").path("names").toString()).contains("eu.shop.example.com");

        nyc.resetStats();
        ams.resetStats();
        CliRun again = cli("provision", "--yes");
        assertThat(again.exitCode()).as(again.all()).isZero();
        assertThat(again.out()).contains("No changes.");
        assertThat(nyc.stats().mutatingRequests()).isZero();
        assertThat(ams.stats().mutatingRequests()).isZero();

        CliRun list = cli("list", "--json");
        assertThat(list.exitCode()).as(list.all()).isZero();
        JsonNode servers = Json.MAPPER.readTree(list.out());
        assertThat(servers.findValuesAsText("provider")).containsExactlyInAnyOrder("nyc", "ams", "ams");

        CliRun destroy = cli("destroy", "--yes");
        assertThat(destroy.exitCode()).as(destroy.all()).isZero();
        assertThat(nyc.droplets()).isEmpty();
        assertThat(ams.droplets()).isEmpty();
        assertThat(nyc.records("example.com")).noneMatch(r -> r.type().equals("A") || r.type().equals("AAAA"));
    }

    @Test
    void aServerMovedToTheOtherAccountIsReplacedOnlyWhenAsked() throws Exception {
        assertThat(cli("provision", "--yes").exitCode()).isZero();
        Files.writeString(dir.resolve("cloud.json"), CLOUD.replace("\"db1\":  { \"provider\": \"ams\", \"region\": \"ams3\" }",
                "\"db1\":  { \"provider\": \"nyc\" }"));

        CliRun plan = cli("plan");
        assertThat(plan.out()).contains("server db1 must be replaced to change provider ams → nyc", "--replace db1");
        assertThat(plan.out()).contains("1 server drifted and is left as it is until --replace (db1).").doesNotContain("No changes.");

        CliRun moved = cli("provision", "--yes", "--replace", "db1");
        assertThat(moved.exitCode()).as(moved.all()).isZero();
        assertThat(ams.droplets()).extracting(EmuDroplet::name).containsExactly("web2");
        assertThat(nyc.droplets()).extracting(EmuDroplet::name).containsExactlyInAnyOrder("web1", "db1");
    }

    @Test
    void theSandboxRunsOneEmulatorPerAccount() throws Exception {
        CliRun provision = CliRun.of(Map.of(), "-C", dir.toString(), "--sandbox", "provision", "--yes");
        assertThat(provision.exitCode()).as(provision.all()).isZero();
        assertThat(dir.resolve(".cloudmaker/sandbox-nyc.json")).exists();
        assertThat(dir.resolve(".cloudmaker/sandbox-ams.json")).exists();

        CliRun list = CliRun.of(Map.of(), "-C", dir.toString(), "--sandbox", "list", "--json");
        assertThat(Json.MAPPER.readTree(list.out()).findValuesAsText("provider")).containsExactlyInAnyOrder("nyc", "ams", "ams");
        assertThat(nyc.stats().totalRequests() + ams.stats().totalRequests()).isZero();
    }

    @Test
    void oneAccountWithoutCredentialsIsRefusedBeforeAnyCall() throws Exception {
        Files.writeString(dir.resolve("security.json"), """
                {"providers": {"nyc": {"token": "dop_v1_nyc"}}, "public_ssh_key": "%s you@laptop"}
                """.formatted(Fixture.publicKey(3)));

        CliRun provision = CliRun.of(Map.of("DIGITALOCEAN_TOKEN", "dop_v1_env"), "-C", dir.toString(),
                "--api-url", "nyc=" + nyc.baseUrl(), "--api-url", "ams=" + ams.baseUrl(), "provision", "--yes");

        assertThat(provision.exitCode()).isEqualTo(ExitCodes.ERROR);
        assertThat(provision.err()).contains("security.json", "provider \"ams\" (token)",
                "\"providers\": {\"ams\": {\"token\": \"...\"}}", "DIGITALOCEAN_TOKEN").doesNotContain("dop_v1_");
        assertThat(nyc.stats().totalRequests() + ams.stats().totalRequests()).isZero();
    }

    @Test
    void aPlanSavedInTheFirstFormatIsRefusedWithTheWayOn() throws Exception {
        Path saved = dir.resolve("old.plan.json");
        Files.writeString(saved, """
                {"formatVersion": 1, "kind": "PROVISION", "provider": "digitalocean", "namespace": "shop",
                 "definitionDigest": "0", "actions": [], "notes": []}
                """);

        CliRun provision = cli("provision", saved.toString(), "--yes");

        assertThat(provision.exitCode()).isEqualTo(ExitCodes.ERROR);
        assertThat(provision.err()).contains("a plan of format 1", "make the plan again with `cloudmaker plan --out old.plan.json`");
        assertThat(nyc.stats().mutatingRequests() + ams.stats().mutatingRequests()).isZero();
    }

    @Test
    void anApiUrlForAProviderTheDefinitionLacksIsAUsageError() {
        CliRun plan = CliRun.of(Map.of(), "-C", dir.toString(), "--api-url", "sfo=" + nyc.baseUrl(), "plan");

        assertThat(plan.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(plan.err()).contains("--api-url sfo=", "no provider \"sfo\"", "nyc, ams");
        assertThat(nyc.stats().totalRequests()).isZero();
    }
}
