package dev.cloudmaker.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cloudmaker.emulator.kit.EmulatedServer;
import dev.cloudmaker.emulator.kit.fault.FaultSpec;
import dev.cloudmaker.emulator.triton.TritonEmulator;
import dev.cloudmaker.ssh.Identity;
import dev.cloudmaker.ssh.IdentityFiles;
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
 * A definition on a Triton datacenter ({@code "type": "triton"}, its CloudAPI {@code url} and {@code account}),
 * signed with the key security.json names by {@code key_id} and {@code private_key_file}: plan, provision, a no-op
 * re-run and destroy through the CLI, against the Triton emulator. The private key is never printed or written.
 */
class TritonCliIT {
    @TempDir
    Path dir;

    private TritonEmulator triton;
    private Identity key;
    private final List<String> printed = new ArrayList<>();

    @BeforeEach
    void start() throws Exception {
        Path sshDir = Files.createDirectories(dir.resolve("keys"));
        key = IdentityFiles.generate(sshDir.resolve("triton_key"));
        triton = TritonEmulator.builder().port(0).account("alice").key("laptop", key.publicKey().line())
                .bootDelay(Duration.ofMillis(200)).actionDuration(Duration.ofMillis(200)).start();
        Path project = Files.createDirectories(dir.resolve("project"));
        Files.writeString(project.resolve("cloud.json"), """
                {
                  "namespace": "shop",
                  "providers": { "dc1": { "type": "triton", "url": "%s", "account": "alice" } },
                  "defaults": { "provider": "dc1", "region": "emu-1", "size": "g1.nano", "image": "debian-12" },
                  "servers": { "web1": {}, "web2": { "size": "g1.small" } }
                }
                """.formatted(triton.baseUrl()));
        Files.writeString(project.resolve("security.json"), """
                {"providers": {"dc1": {"key_id": "%s", "private_key_file": "%s"}},
                 "public_ssh_key": "%s you@laptop"}
                """.formatted(key.publicKey().md5Fingerprint(), key.file().orElseThrow(), Fixture.publicKey(5)));
    }

    @AfterEach
    void stop() throws Exception {
        triton.close();
        String privateKey = Files.readString(key.file().orElseThrow()).lines().skip(1).findFirst().orElseThrow();
        assertThat(printed).noneMatch(o -> o.contains(privateKey));
        try (var files = Files.walk(dir.resolve("project"))) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                assertThat(Files.readString(f, java.nio.charset.StandardCharsets.ISO_8859_1)).as(f.toString())
                        .doesNotContain(privateKey);
            }
        }
    }

    private CliRun cli(String... args) {
        CliRun run = CliRun.in(dir.resolve("project"), Map.of("HOME", dir.toString()), args);
        printed.add(run.all());
        return run;
    }

    @Test
    void plansProvisionsChangesNothingOnARerunAndDestroys() {
        CliRun plan = cli("plan");
        assertThat(plan.exitCode()).as(plan.all()).isZero();
        assertThat(plan.out()).contains("+ server   web1", "+ server   web2");
        assertThat(triton.stats().mutatingRequests()).isZero();

        CliRun provision = cli("provision", "--yes");
        assertThat(provision.exitCode()).as(provision.all()).isZero();
        assertThat(triton.account().servers()).extracting(EmulatedServer::name).containsExactlyInAnyOrder("web1", "web2");

        triton.resetStats();
        CliRun again = cli("provision", "--yes");
        assertThat(again.exitCode()).as(again.all()).isZero();
        assertThat(again.out()).contains("No changes.");
        assertThat(triton.stats().mutatingRequests()).isZero();

        CliRun destroy = cli("destroy", "--yes");
        assertThat(destroy.exitCode()).as(destroy.all()).isZero();
        assertThat(triton.account().servers()).noneMatch(s -> !"deleted".equals(s.status()));
    }

    @Test
    void theCatalogueIsTheDatacentersPackagesAndImagesByNameAndVersion() {
        CliRun regions = cli("regions");
        CliRun sizes = cli("sizes");
        CliRun images = cli("images");

        assertThat(regions.exitCode()).as(regions.all()).isZero();
        assertThat(regions.out()).contains("emu-1");
        assertThat(sizes.out()).contains("g1.nano", "g1.small");
        assertThat(images.out()).contains("debian-12@20240612", "base-64-lts@22.4.0");
    }

    @Test
    void anImageThatDoesNotExistIsRefusedAtPlanTimeWithTheNearestOne() throws Exception {
        Path cloudJson = dir.resolve("project").resolve("cloud.json");
        Files.writeString(cloudJson, Files.readString(cloudJson).replace("\"image\": \"debian-12\"", "\"image\": \"debian-11\""));

        CliRun plan = cli("plan");

        assertThat(plan.exitCode()).isNotZero();
        assertThat(plan.err()).contains("debian-11", "debian-12");
        assertThat(triton.stats().mutatingRequests()).isZero();
    }

    @Test
    void aCreateWhoseAnswerIsLostIsFoundAgainByNameAndNamespaceNotMadeTwice() throws Exception {
        triton.close();
        triton = TritonEmulator.builder().port(0).account("alice").key("laptop", key.publicKey().line())
                .bootDelay(Duration.ofMillis(200)).actionDuration(Duration.ofMillis(200))
                .fault(FaultSpec.parse("drop-reply@machines:POST=1x")).start();
        Path cloudJson = dir.resolve("project").resolve("cloud.json");
        Files.writeString(cloudJson, Files.readString(cloudJson).replaceAll("http://127\\.0\\.0\\.1:\\d+",
                triton.baseUrl().toString()));

        CliRun first = cli("provision", "--yes");
        CliRun second = first.exitCode() == 0 ? first : cli("provision", "--yes");

        assertThat(triton.stats().faultsInjected()).as("the create's answer was dropped").isEqualTo(1);
        assertThat(second.exitCode()).as(first.all() + second.all()).isZero();
        assertThat(triton.account().servers()).extracting(EmulatedServer::name).containsExactlyInAnyOrder("web1", "web2");
    }

    @Test
    void aKeyIdTheAccountDoesNotHoldIsACredentialsErrorAndNothingIsMade() throws Exception {
        Identity stranger = IdentityFiles.generate(dir.resolve("keys").resolve("stranger"));
        Files.writeString(dir.resolve("project").resolve("security.json"), """
                {"providers": {"dc1": {"key_id": "%s", "private_key_file": "%s"}},
                 "public_ssh_key": "%s you@laptop"}
                """.formatted(stranger.publicKey().md5Fingerprint(), stranger.file().orElseThrow(), Fixture.publicKey(5)));

        CliRun provision = cli("provision", "--yes");

        assertThat(provision.exitCode()).isNotZero();
        assertThat(provision.err()).contains("InvalidCredentials", "/alice/keys/" + stranger.publicKey().md5Fingerprint(),
                "key_id");
        assertThat(triton.account().servers()).isEmpty();
    }
}
