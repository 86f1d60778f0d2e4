package dev.cloudmaker.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cloudmaker.core.http.Json;
import dev.cloudmaker.emulator.kit.EmulatedServer;
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
 * Triton CNS instead of DNS records: the server option {@code cns_services} puts the {@code triton.cns.services} tag
 * on the machine, and the names CNS gives it ({@code dns_names}) are in the inventory; a malformed one is refused
 * before any machine is made.
 */
class TritonCnsCliIT {
    @TempDir
    Path dir;

    private TritonEmulator triton;
    private Path project;

    @BeforeEach
    void start() throws Exception {
        Identity key = IdentityFiles.generate(Files.createDirectories(dir.resolve("keys")).resolve("triton_key"));
        triton = TritonEmulator.builder().port(0).account("alice").key("laptop", key.publicKey().line())
                .bootDelay(Duration.ofMillis(200)).actionDuration(Duration.ofMillis(200)).start();
        triton.enableCns();
        project = Files.createDirectories(dir.resolve("project"));
        Files.writeString(project.resolve("security.json"), """
                {"providers": {"dc1": {"key_id": "%s", "private_key_file": "%s"}},
                 "public_ssh_key": "%s you@laptop"}
                """.formatted(key.publicKey().md5Fingerprint(), key.file().orElseThrow(), Fixture.publicKey(5)));
    }

    @AfterEach
    void stop() {
        triton.close();
    }

    @Test
    void theServiceTagIsSetAndCnsNamesAreInTheInventory() throws Exception {
        writeCloudJson("web:80,www");

        CliRun provision = cli("provision", "--yes");
        assertThat(provision.exitCode()).as(provision.all()).isZero();
        EmulatedServer web1 = triton.account().servers().stream().filter(s -> s.name().equals("web1")).findFirst().orElseThrow();
        assertThat(web1.tags()).contains("triton.cns.services=web:80,www");

        CliRun inventory = cli("inventory");
        assertThat(inventory.exitCode()).as(inventory.all()).isZero();
        JsonNode names = Json.MAPPER.readTree(project.resolve("cloudmaker_inventory.json").toFile()).at("/web1/names");
        List<String> listed = new ArrayList<>();
        names.forEach(n -> listed.add(n.asText()));
        assertThat(listed).anyMatch(n -> n.startsWith("web1.inst.")).anyMatch(n -> n.startsWith(web1.id() + ".inst."))
                .anyMatch(n -> n.startsWith("web.svc.")).anyMatch(n -> n.startsWith("www.svc."));
        assertThat(Json.MAPPER.readTree(project.resolve("cloudmaker_inventory.json").toFile()).at("/db1/names"))
                .noneMatch(n -> n.asText().contains(".svc."));
    }

    @Test
    void aMalformedServiceListIsRefusedBeforeTheMachineIsMade() throws Exception {
        writeCloudJson("Web Server");

        CliRun provision = cli("provision", "--yes");

        assertThat(provision.exitCode()).isNotZero();
        assertThat(provision.err()).contains("cns_services \"Web Server\"", "svc[:port]");
        assertThat(triton.account().servers()).noneMatch(s -> s.name().equals("web1"));
    }

    private void writeCloudJson(String services) throws Exception {
        Files.writeString(project.resolve("cloud.json"), """
                {
                  "namespace": "shop",
                  "providers": { "dc1": { "type": "triton", "url": "%s", "account": "alice" } },
                  "defaults": { "provider": "dc1", "region": "emu-1", "size": "g1.nano", "image": "debian-12" },
                  "servers": { "web1": { "options": { "cns_services": "%s" } }, "db1": {} }
                }
                """.formatted(triton.baseUrl(), services));
    }

    private CliRun cli(String... args) {
        return CliRun.in(project, Map.of("HOME", dir.toString()), args);
    }
}
