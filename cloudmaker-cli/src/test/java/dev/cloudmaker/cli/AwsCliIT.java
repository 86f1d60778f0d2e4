package dev.cloudmaker.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cloudmaker.emulator.aws.AwsEmulator;
import dev.cloudmaker.emulator.kit.EmulatedKey;
import dev.cloudmaker.emulator.kit.EmulatedRecord;
import dev.cloudmaker.emulator.kit.EmulatedServer;
import dev.cloudmaker.emulator.kit.fault.FaultSpec;
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
 * A definition on AWS ({@code "type": "aws"}, its {@code region} and {@code api_url}) with a Route 53 name, signed with
 * the keys security.json gives: plan, provision, a no-op re-run and destroy through the CLI, against the AWS emulator
 * (which verifies every signature). The secret access key is never printed or written.
 */
class AwsCliIT {
    @TempDir
    Path dir;

    private AwsEmulator aws;
    private final List<String> printed = new ArrayList<>();

    @BeforeEach
    void start() throws Exception {
        aws = emulator(null);
        Path project = Files.createDirectories(dir.resolve("project"));
        Files.writeString(project.resolve("cloud.json"), """
                {
                  "namespace": "shop",
                  "providers": { "eu": { "type": "aws", "region": "eu-west-1", "api_url": "%s" } },
                  "dns": "eu",
                  "defaults": { "provider": "eu", "region": "eu-west-1", "size": "t3.micro", "image": "debian-12" },
                  "roles": { "web": { "ports": [80, 443] } },
                  "servers": { "web1": { "role": "web", "names": ["www.example.com"] }, "db1": { "size": "t3.small" } }
                }
                """.formatted(aws.baseUrl()));
        Files.writeString(project.resolve("security.json"), """
                {"providers": {"eu": {"access_key_id": "%s", "secret_access_key": "%s"}},
                 "public_ssh_key": "%s you@laptop"}
                """.formatted(aws.accessKeyId(), aws.secretAccessKey(), Fixture.publicKey(5)));
    }

    private static AwsEmulator emulator(String fault) {
        var builder = AwsEmulator.builder().port(0).region("eu-west-1").bootDelay(Duration.ofMillis(200))
                .actionDuration(Duration.ofMillis(200));
        if (fault != null) {
            builder.fault(FaultSpec.parse(fault));
        }
        AwsEmulator emulator = builder.start();
        emulator.addZone("example.com");
        return emulator;
    }

    @AfterEach
    void stop() throws Exception {
        String secret = aws.secretAccessKey();
        aws.close();
        assertThat(printed).noneMatch(o -> o.contains(secret));
        try (var files = Files.walk(dir.resolve("project"))) {
            for (Path f : files.filter(Files::isRegularFile).filter(f -> !f.getFileName().toString().equals("security.json"))
                    .toList()) {
                assertThat(Files.readString(f, java.nio.charset.StandardCharsets.ISO_8859_1)).as(f.toString())
                        .doesNotContain(secret);
            }
        }
    }

    private CliRun cli(String... args) {
        CliRun run = CliRun.in(dir.resolve("project"), Map.of("HOME", dir.toString()), args);
        printed.add(run.all());
        return run;
    }

    private List<EmulatedServer> live() {
        return aws.account().servers().stream().filter(s -> !s.status().equals("terminated")
                && !s.status().equals("shutting-down")).toList();
    }

    @Test
    void plansProvisionsWithARoute53NameChangesNothingOnARerunAndDestroys() {
        CliRun plan = cli("plan");
        assertThat(plan.exitCode()).as(plan.all()).isZero();
        assertThat(plan.out()).contains("+ server   web1", "+ server   db1");
        assertThat(aws.stats().mutatingRequests()).isZero();

        CliRun provision = cli("provision", "--yes");
        assertThat(provision.exitCode()).as(provision.all()).isZero();
        assertThat(live()).extracting(EmulatedServer::name).containsExactlyInAnyOrder("web1", "db1");
        EmulatedServer web1 = live().stream().filter(s -> s.name().equals("web1")).findFirst().orElseThrow();
        assertThat(web1.tags()).contains("cloudmaker-namespace=shop", "cloudmaker-image=debian-12");
        assertThat(aws.account().records("example.com")).filteredOn(r -> r.type().equals("A"))
                .extracting(EmulatedRecord::name, EmulatedRecord::data)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("www", web1.publicIpv4()));
        assertThat(aws.account().keys()).hasSize(1);

        aws.resetStats();
        CliRun again = cli("provision", "--yes");
        assertThat(again.exitCode()).as(again.all()).isZero();
        assertThat(again.out()).contains("No changes.");
        assertThat(aws.stats().mutatingRequests()).isZero();

        CliRun destroy = cli("destroy", "--yes");
        assertThat(destroy.exitCode()).as(destroy.all()).isZero();
        assertThat(live()).isEmpty();
        assertThat(aws.account().records("example.com")).noneMatch(r -> r.type().equals("A"));
    }

    @Test
    void destroyLeavesNoSecurityGroupNorKeyPairOfTheNamespaceButKeepsThemWhileAServerRemains() throws Exception {
        Path alice = Files.writeString(dir.resolve("alice.pub"), Fixture.publicKey(7) + " alice@laptop\n");
        CliRun add = cli("keys", "add", "alice", alice.toString());
        assertThat(add.exitCode()).as(add.all()).isZero();
        assertThat(cli("provision", "--yes").exitCode()).isZero();
        assertThat(aws.securityGroups()).contains("cloudmaker-shop-web", "cloudmaker-shop");
        assertThat(aws.account().keys()).extracting(EmulatedKey::name).contains("cloudmaker/shop/alice", "cloudmaker you@laptop");

        CliRun terminate = cli("terminate", "web1", "--yes");
        assertThat(terminate.exitCode()).as(terminate.all()).isZero();
        assertThat(aws.securityGroups()).as("db1 remains").contains("cloudmaker-shop-web", "cloudmaker-shop");
        assertThat(aws.account().keys()).extracting(EmulatedKey::name).contains("cloudmaker/shop/alice");

        CliRun destroy = cli("destroy", "--yes");
        assertThat(destroy.exitCode()).as(destroy.all()).isZero();
        assertThat(destroy.out()).contains("security group cloudmaker-shop-web", "key pair cloudmaker/shop/alice");
        assertThat(aws.securityGroups()).noneMatch(g -> g.startsWith("cloudmaker-shop"));
        assertThat(aws.account().keys()).extracting(EmulatedKey::name).doesNotContain("cloudmaker/shop/alice")
                .as("the account's key, shared by every namespace, stays").contains("cloudmaker you@laptop");

        CliRun again = cli("destroy", "--yes");
        assertThat(again.exitCode()).as(again.all()).isZero();
    }

    @Test
    void aReleaseThatFailedAfterTheDeletesIsFinishedByTheNextDestroyWhosePlanIsEmpty() throws Exception {
        aws.close();
        // every attempt the SDK makes at the first DeleteSecurityGroup fails, so that release fails
        aws = emulator("503@DeleteSecurityGroup=10x");
        Path cloudJson = dir.resolve("project").resolve("cloud.json");
        Files.writeString(cloudJson, Files.readString(cloudJson).replaceAll("http://127\\.0\\.0\\.1:\\d+", aws.baseUrl().toString()));
        assertThat(cli("provision", "--yes").exitCode()).isZero();

        CliRun failed = cli("destroy", "--yes");
        assertThat(failed.exitCode()).as(failed.all()).isNotZero();
        assertThat(failed.err()).contains("releasing what the namespace no longer uses");
        assertThat(live()).isEmpty();
        assertThat(aws.securityGroups()).as("left by the failed release").contains("cloudmaker-shop-web", "cloudmaker-shop");

        aws.stopFaults();
        CliRun again = cli("destroy", "--yes");
        assertThat(again.exitCode()).as(again.all()).isZero();
        assertThat(again.out()).contains("No changes.", "security group cloudmaker-shop-web", "security group cloudmaker-shop");
        assertThat(aws.securityGroups()).noneMatch(g -> g.startsWith("cloudmaker-shop"));

        aws.resetStats();
        CliRun nothingLeft = cli("destroy", "--yes");
        assertThat(nothingLeft.exitCode()).as(nothingLeft.all()).isZero();
        assertThat(aws.stats().mutatingRequests()).as("nothing left to release").isZero();
    }

    @Test
    void afterAStopAndStartTheNameFollowsTheNewAddressAndProvisionChangesNothing() {
        assertThat(cli("provision", "--yes").exitCode()).isZero();
        String before = web1().publicIpv4();

        CliRun stop = cli("stop", "web1", "--wait");
        assertThat(stop.exitCode()).as(stop.all()).isZero();
        CliRun start = cli("start", "web1");
        assertThat(start.exitCode()).as(start.all()).isZero();

        String after = web1().publicIpv4();
        assertThat(after).as("EC2 gives a started instance a new public address").isNotNull().isNotEqualTo(before);
        assertThat(start.out()).contains("A www.example.com " + before + " → " + after);
        assertThat(aws.account().records("example.com")).filteredOn(r -> r.type().equals("A"))
                .extracting(EmulatedRecord::data).containsExactly(after);
        assertThat(readProjectFile("cloud.json")).as("networking written back").contains(quoted(after)).doesNotContain(quoted(before));
        assertThat(readProjectFile("cloudmaker_inventory.json")).contains(quoted(after)).doesNotContain(quoted(before));
        CliRun again = cli("provision", "--yes");
        assertThat(again.exitCode()).as(again.all()).isZero();
        assertThat(again.out()).contains("No changes.");
    }

    @Test
    void afterAResizeTheNameFollowsTheNewAddressAndProvisionChangesNothing() {
        assertThat(cli("provision", "--yes").exitCode()).isZero();
        String before = web1().publicIpv4();

        CliRun resize = cli("resize", "web1", "t3.small");
        assertThat(resize.exitCode()).as(resize.all()).isZero();

        String after = web1().publicIpv4();
        assertThat(web1().size()).isEqualTo("t3.small");
        assertThat(after).as("EC2 gives the instance started again a new public address").isNotNull().isNotEqualTo(before);
        assertThat(resize.out()).contains("web1 resized t3.micro → t3.small; A www.example.com " + before + " → " + after);
        assertThat(aws.account().records("example.com")).filteredOn(r -> r.type().equals("A"))
                .extracting(EmulatedRecord::data).containsExactly(after);
        assertThat(readProjectFile("cloud.json")).as("networking written back").contains(quoted(after)).doesNotContain(quoted(before));
        assertThat(readProjectFile("cloudmaker_inventory.json")).contains(quoted(after)).doesNotContain(quoted(before));
        CliRun again = cli("provision", "--yes");
        assertThat(again.exitCode()).as(again.all()).isZero();
        assertThat(again.out()).contains("No changes.");
    }

    @Test
    void aProvisionThatResizesMovesTheNameAndWritesTheNewAddressBack() throws Exception {
        assertThat(cli("provision", "--yes").exitCode()).isZero();
        String before = web1().publicIpv4();
        Path cloudJson = dir.resolve("project/cloud.json");
        Files.writeString(cloudJson, Files.readString(cloudJson)
                .replace("\"web1\": { \"role\": \"web\",", "\"web1\": { \"role\": \"web\", \"size\": \"t3.small\","));

        CliRun provision = cli("provision", "--yes");
        assertThat(provision.exitCode()).as(provision.all()).isZero();

        String after = web1().publicIpv4();
        assertThat(web1().size()).isEqualTo("t3.small");
        assertThat(after).isNotNull().isNotEqualTo(before);
        assertThat(provision.out()).contains("A www.example.com " + before + " → " + after);
        assertThat(aws.account().records("example.com")).filteredOn(r -> r.type().equals("A"))
                .extracting(EmulatedRecord::data).containsExactly(after);
        assertThat(readProjectFile("cloud.json")).contains(quoted(after)).doesNotContain(quoted(before));
        assertThat(readProjectFile("cloudmaker_inventory.json")).contains(quoted(after)).doesNotContain(quoted(before));
        CliRun again = cli("provision", "--yes");
        assertThat(again.exitCode()).as(again.all()).isZero();
        assertThat(again.out()).contains("No changes.");
    }

    /** An address as a JSON string, so that one address is not found inside a longer one. */
    private static String quoted(String address) {
        return "\"" + address + "\"";
    }

    private String readProjectFile(String name) {
        try {
            return Files.readString(dir.resolve("project").resolve(name));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private EmulatedServer web1() {
        return live().stream().filter(s -> s.name().equals("web1")).findFirst().orElseThrow();
    }

    @Test
    void theCatalogueIsTheRegionsInstanceTypesAndDistributions() {
        CliRun regions = cli("regions");
        CliRun sizes = cli("sizes");
        CliRun images = cli("images");

        assertThat(regions.exitCode()).as(regions.all()).isZero();
        assertThat(regions.out()).contains("eu-west-1", "us-east-1");
        assertThat(sizes.out()).contains("t3.micro", "m5.large");
        assertThat(images.out()).contains("debian-12", "ubuntu-24.04");
    }

    @Test
    void aLaunchWhoseAnswerIsLostIsSentAgainWithItsClientTokenAndMadeOnce() throws Exception {
        aws.close();
        aws = emulator("drop-reply@RunInstances=1x");
        Path cloudJson = dir.resolve("project").resolve("cloud.json");
        Files.writeString(cloudJson, Files.readString(cloudJson).replaceAll("http://127\\.0\\.0\\.1:\\d+", aws.baseUrl().toString()));
        Path security = dir.resolve("project").resolve("security.json");

        CliRun first = cli("provision", "--yes");
        CliRun second = first.exitCode() == 0 ? first : cli("provision", "--yes");

        assertThat(aws.stats().faultsInjected()).as("a launch's answer was dropped").isEqualTo(1);
        assertThat(second.exitCode()).as(first.all() + second.all()).isZero();
        assertThat(live()).extracting(EmulatedServer::name).containsExactlyInAnyOrder("web1", "db1");
        assertThat(Files.exists(security)).isTrue();
    }

    @Test
    void keysTheEmulatorDoesNotKnowAreACredentialsErrorNamingTheFieldsAndNothingIsMade() throws Exception {
        Files.writeString(dir.resolve("project").resolve("security.json"), """
                {"providers": {"eu": {"access_key_id": "AKIASTRANGER0000001", "secret_access_key": "strangerSecret000000000000000000000000000"}},
                 "public_ssh_key": "%s you@laptop"}
                """.formatted(Fixture.publicKey(5)));

        CliRun provision = cli("provision", "--yes");

        assertThat(provision.exitCode()).isNotZero();
        assertThat(provision.all()).contains("access_key_id").doesNotContain("strangerSecret000000000000000000000000000");
        assertThat(live()).isEmpty();
    }

    @Test
    void aNameInAZoneTheAccountLacksStopsThePlanUntilCreateZonesWhichMakesTheHostedZoneOnce() throws Exception {
        Path cloudJson = dir.resolve("project").resolve("cloud.json");
        Files.writeString(cloudJson, Files.readString(cloudJson).replace("\"names\": [\"www.example.com\"]",
                "\"names\": [\"www.example.com\", \"shop.example.net\"]"));

        CliRun refused = cli("provision", "--yes");

        assertThat(refused.exitCode()).as(refused.all()).isNotZero();
        assertThat(refused.err()).contains("DNS zone example.net is not in the account of provider eu",
                "zone example.net is needed by shop.example.net (web1)", "cost money", "--create-zones");
        assertThat(aws.stats().mutatingRequests()).isZero();
        assertThat(aws.account().zones()).containsExactly("example.com");
        assertThat(live()).isEmpty();

        CliRun plan = cli("plan", "--create-zones");
        assertThat(plan.exitCode()).as(plan.all()).isZero();
        assertThat(plan.out()).contains("+ domain   example.net");
        assertThat(aws.stats().mutatingRequests()).isZero();

        CliRun created = cli("provision", "--yes", "--create-zones");
        assertThat(created.exitCode()).as(created.all()).isZero();
        assertThat(aws.account().zones()).containsExactlyInAnyOrder("example.com", "example.net");
        assertThat(aws.account().records("example.net")).filteredOn(r -> r.type().equals("A"))
                .extracting(EmulatedRecord::name, EmulatedRecord::data)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("shop", web1().publicIpv4()));

        aws.resetStats();
        CliRun again = cli("provision", "--yes");
        assertThat(again.exitCode()).as(again.all()).isZero();
        assertThat(again.out()).contains("No changes.");
        assertThat(aws.stats().mutatingRequests()).isZero();
        assertThat(aws.account().zones()).hasSize(2);
    }
}
