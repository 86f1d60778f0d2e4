package dev.cloudmaker.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cloudmaker.core.http.Json;
import dev.cloudmaker.emulator.aws.AwsEmulator;
import dev.cloudmaker.emulator.kit.EmulatedKey;
import dev.cloudmaker.emulator.kit.EmulatedRecord;
import dev.cloudmaker.emulator.kit.EmulatedServer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.InstanceAttributeName;

/**
 * cgcloud's workflow on EC2, through the CLI against the AWS emulator: two namespaces (two projects, one account)
 * kept apart, a second SSH key registered and synced, ssh/rsync by role, and {@code image} then
 * {@code recreate --from}. The emulator's servers are documentation addresses nobody can log in to, so what reaches a
 * server is checked as far as cloudmaker goes before it dials: the server and user it picks, and the user data the
 * instance was launched with, read back over EC2's API (DescribeInstanceAttribute).
 */
class CgcloudWorkflowIT {
    private static final String USER_DATA = "#!/bin/sh\necho cgcloud-style box > /etc/motd\n";

    @TempDir
    Path dir;

    private AwsEmulator aws;
    private final List<String> printed = new ArrayList<>();

    @BeforeEach
    void start() throws Exception {
        aws = AwsEmulator.builder().port(0).region("eu-west-1").bootDelay(Duration.ofMillis(200))
                .actionDuration(Duration.ofMillis(200)).start();
        aws.addZone("example.com");
        project("dev", "cloudmaker");
        project("staging", "ubuntu");
        CliRun dev = cli("dev", "provision", "--yes");
        assertThat(dev.exitCode()).as(dev.all()).isZero();
    }

    /** A project directory per namespace, as two people (or two environments) sharing one AWS account have. */
    private void project(String namespace, String adminUser) throws Exception {
        Path project = Files.createDirectories(dir.resolve(namespace));
        Files.writeString(project.resolve("cloud.json"), """
                {
                  "namespace": "%1$s",
                  "providers": { "eu": { "type": "aws", "region": "eu-west-1", "api_url": "%2$s" } },
                  "dns": "eu",
                  "bootstrap": { "admin_user": "%3$s" },
                  "defaults": { "provider": "eu", "region": "eu-west-1", "size": "t3.micro", "image": "debian-12" },
                  "roles": { "web": { "ports": [80] }, "db": { "ports": [5432] } },
                  "servers": {
                    "web1": { "role": "web" },
                    "web2": { "role": "web" },
                    "db1": { "role": "db", "names": ["db.%1$s.example.com"], "user_data": %4$s }
                  }
                }
                """.formatted(namespace, aws.baseUrl(), adminUser, Json.MAPPER.writeValueAsString(USER_DATA)));
        Files.writeString(project.resolve("security.json"), """
                {"providers": {"eu": {"access_key_id": "%s", "secret_access_key": "%s"}},
                 "public_ssh_key": "%s %s@laptop"}
                """.formatted(aws.accessKeyId(), aws.secretAccessKey(), Fixture.publicKey(namespace.equals("dev") ? 31 : 32), namespace));
        Files.setPosixFilePermissions(project.resolve("security.json"), java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
    }

    @AfterEach
    void stop() {
        String secret = aws.secretAccessKey();
        aws.close();
        assertThat(printed).noneMatch(o -> o.contains(secret));
    }

    private CliRun cli(String namespace, String... args) {
        CliRun run = CliRun.in(dir.resolve(namespace), Map.of("HOME", dir.toString()), args);
        printed.add(run.all());
        return run;
    }

    @Test
    void twoNamespacesInOneAccountSeeOnlyTheirOwnAndDestroyingOneLeavesTheOther() throws Exception {
        CliRun staging = cli("staging", "provision", "--yes");
        assertThat(staging.exitCode()).as(staging.all()).isZero();
        assertThat(live()).hasSize(6);

        assertThat(listedIds("dev")).as("dev lists its own three instances").isEqualTo(ids("dev"));
        assertThat(listedIds("staging")).as("staging lists its own three instances").isEqualTo(ids("staging"));
        assertThat(ids("dev")).hasSize(3).doesNotContainAnyElementsOf(ids("staging"));
        JsonNode inventory = Json.MAPPER.readTree(cli("staging", "inventory", "--format", "ansible").out());
        assertThat(inventory.path("all").path("children").path("cloudmaker_staging").path("hosts").path("db1")
                .path("ansible_host").asText()).isEqualTo(server("staging", "db1").publicIpv4());
        assertThat(inventory.path("all").path("children").has("cloudmaker_dev")).isFalse();

        CliRun destroy = cli("staging", "destroy", "--yes");
        assertThat(destroy.exitCode()).as(destroy.all()).isZero();
        assertThat(ids("staging")).isEmpty();
        assertThat(ids("dev")).hasSize(3);
        assertThat(records()).containsExactly(Map.entry("db.dev", server("dev", "db1").publicIpv4()));
        CliRun devPlan = cli("dev", "plan", "--detailed-exitcode");
        assertThat(devPlan.exitCode()).as("dev is untouched: " + devPlan.all()).isZero();
    }

    @Test
    void aSecondKeyIsRegisteredForItsNamespaceAndSyncSaysTheEmulatorsServersCannotBeReached() throws Exception {
        Path bob = Files.writeString(dir.resolve("bob.pub"), Fixture.publicKey(33) + " bob@desk\n");
        assertThat(cli("staging", "provision", "--yes").exitCode()).isZero();
        Map<String, String> userDataBefore = userData(ids("dev"));

        CliRun add = cli("dev", "keys", "add", "bob@desk", bob.toString());
        assertThat(add.exitCode()).as(add.all()).isZero();
        assertThat(add.err()).contains("no authorized_keys were synced", "emulator");
        assertThat(aws.account().keys()).extracting(EmulatedKey::name).contains("cloudmaker/dev/bob@desk");
        assertThat(cli("dev", "keys", "list").out()).contains("bob@desk");
        assertThat(cli("staging", "keys", "list").out()).as("a namespace's keys are its own").doesNotContain("bob@desk");

        CliRun sync = cli("dev", "keys", "sync");
        assertThat(sync.exitCode()).isEqualTo(ExitCodes.ERROR);
        assertThat(sync.err()).contains("cloudmaker logs in to no server here (the API is an emulator on this host");

        // what EC2 keeps: the definition's user data, byte for byte, and no key sync through it (sync is over SSH)
        Map<String, String> userDataAfter = userData(ids("dev"));
        assertThat(userDataAfter).isEqualTo(userDataBefore);
        assertThat(userDataAfter.get(server("dev", "db1").id())).isEqualTo(USER_DATA);
        assertThat(userDataAfter.values()).noneMatch(u -> u != null && u.contains(Fixture.publicKey(33)));
    }

    @Test
    void sshAndRsyncByRoleResolveTheServerOfTheirOwnNamespaceAndItsAdminUser() throws Exception {
        assertThat(cli("staging", "provision", "--yes").exitCode()).isZero();

        CliRun devDb = cli("dev", "ssh", "db", "--", "true");
        assertThat(devDb.err()).as("role db is dev's db1").contains("db1: refusing to connect to " + server("dev", "db1").publicIpv4());
        CliRun stagingDb = cli("staging", "rsync", "db", "-a", "notes", ":notes");
        assertThat(stagingDb.err()).as("role db in staging is staging's db1")
                .contains("db1: refusing to connect to " + server("staging", "db1").publicIpv4());
        CliRun ambiguous = cli("dev", "ssh", "web");
        assertThat(ambiguous.exitCode()).isEqualTo(ExitCodes.ERROR);
        assertThat(ambiguous.err()).containsPattern("role web has 2 servers \\((web1, web2|web2, web1)\\): name one of them");

        assertThat(adminUser("dev", "db1")).isEqualTo("cloudmaker");
        assertThat(adminUser("staging", "db1")).isEqualTo("ubuntu");
    }

    @Test
    void anImageOfARoleRecreatesItsServerFromTheImageAndTheNameFollows() throws Exception {
        assertThat(cli("staging", "provision", "--yes").exitCode()).isZero();
        CliRun theirs = cli("staging", "image", "db", "--as", "golden");
        assertThat(theirs.exitCode()).as(theirs.all()).isZero();

        CliRun image = cli("dev", "image", "db", "--as", "golden", "--json");
        assertThat(image.exitCode()).as(image.all()).isZero();
        String ami = Json.MAPPER.readTree(image.out()).get("image").get("id").asText();
        assertThat(ami).startsWith("ami-");
        assertThat(image.err()).contains("db1 is running again; A db.dev.example.com ");
        assertThat(records()).as("EC2 gave the restarted db1 a new address, and its name followed")
                .containsEntry("db.dev", server("dev", "db1").publicIpv4());
        String oldId = server("dev", "db1").id();

        CliRun recreate = cli("dev", "recreate", "db1", "--from", "golden", "--yes");
        assertThat(recreate.exitCode()).as(recreate.all()).isZero();
        assertThat(recreate.out()).contains("-/+ server db1", "recreate from image " + ami);
        EmulatedServer db1 = server("dev", "db1");
        assertThat(db1.id()).isNotEqualTo(oldId);
        assertThat(db1.image()).as("dev's golden, not staging's of the same name").isEqualTo(ami);
        assertThat(userData(Set.of(db1.id())).get(db1.id())).as("the user data rides along").isEqualTo(USER_DATA);
        assertThat(records()).containsEntry("db.dev", db1.publicIpv4());
        assertThat(Files.readString(dir.resolve("dev").resolve("cloud.json"))).contains(db1.publicIpv4());
        CliRun plan = cli("dev", "plan", "--detailed-exitcode");
        assertThat(plan.exitCode()).as("no drift after the recreate: " + plan.all()).isZero();
        assertThat(ids("staging")).hasSize(3);
    }

    private List<EmulatedServer> live() {
        return aws.account().servers().stream().filter(s -> !s.status().equals("terminated")
                && !s.status().equals("shutting-down")).toList();
    }

    private Set<String> ids(String namespace) {
        return live().stream().filter(s -> s.tags().contains("cloudmaker-namespace=" + namespace)).map(EmulatedServer::id)
                .collect(Collectors.toSet());
    }

    private EmulatedServer server(String namespace, String name) {
        return live().stream().filter(s -> s.tags().contains("cloudmaker-namespace=" + namespace) && s.name().equals(name))
                .findFirst().orElseThrow();
    }

    private Set<String> listedIds(String namespace) throws Exception {
        CliRun list = cli(namespace, "list", "--json");
        assertThat(list.exitCode()).as(list.all()).isZero();
        Set<String> ids = new java.util.HashSet<>();
        Json.MAPPER.readTree(list.out()).get("servers").forEach(s -> ids.add(s.get("id").asText()));
        return ids;
    }

    /** The A records of example.com, name to address. */
    private Map<String, String> records() {
        return aws.account().records("example.com").stream().filter(r -> r.type().equals("A"))
                .collect(Collectors.toMap(EmulatedRecord::name, EmulatedRecord::data));
    }

    private String adminUser(String namespace, String server) throws Exception {
        JsonNode hosts = Json.MAPPER.readTree(cli(namespace, "inventory", "--format", "ansible").out())
                .path("all").path("children").path("cloudmaker_" + namespace).path("hosts");
        return hosts.path(server).path("ansible_user").asText();
    }

    /** Each instance's user data as EC2 keeps it (DescribeInstanceAttribute), decoded; null where it has none. */
    private Map<String, String> userData(Set<String> instanceIds) {
        try (Ec2Client ec2 = Ec2Client.builder().endpointOverride(aws.baseUrl()).region(Region.of(aws.region()))
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(aws.accessKeyId(),
                        aws.secretAccessKey()))).build()) {
            Map<String, String> out = new java.util.HashMap<>();
            for (String id : instanceIds) {
                var value = ec2.describeInstanceAttribute(r -> r.instanceId(id).attribute(InstanceAttributeName.USER_DATA))
                        .userData();
                out.put(id, value == null || value.value() == null ? null
                        : new String(Base64.getDecoder().decode(value.value()), StandardCharsets.UTF_8));
            }
            return out;
        }
    }
}
