package dev.cloudmaker.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cloudmaker.emulator.kit.EmulatedRecord;
import dev.cloudmaker.emulator.kit.EmulatedServer;
import dev.cloudmaker.emulator.kit.EmulatorFactory;
import dev.cloudmaker.emulator.kit.EmulatorOptions;
import dev.cloudmaker.emulator.kit.RunningEmulator;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --sandbox} with Triton: the emulator checks every request's signature, so the sandbox puts a key of the
 * workspace's own ({@code .cloudmaker/sandbox/id_ed25519}) in the emulated account and the provider signs with it;
 * security.json needs no Triton section. The mixed definition: Triton servers whose names live in a DigitalOcean
 * account's zone, both clouds in the sandbox. The private key is printed nowhere and written nowhere but its file.
 */
class TritonSandboxIT {
    private static final String TRITON_ONLY = """
            {
              "namespace": "shop",
              "providers": { "dc1": { "type": "triton", "url": "https://us-central-1.api.mnx.io", "account": "alice" } },
              "defaults": { "provider": "dc1", "region": "emu-1", "size": "g1.nano", "image": "debian-12" },
              "servers": { "web1": {}, "web2": { "size": "g1.small" } }
            }
            """;
    private static final String MIXED = """
            {
              "namespace": "shop",
              "providers": {
                "do": { "type": "digitalocean" },
                "dc1": { "type": "triton", "url": "https://us-central-1.api.mnx.io", "account": "alice" }
              },
              "dns": "do",
              "defaults": { "provider": "dc1", "region": "emu-1", "size": "g1.nano", "image": "debian-12" },
              "servers": {
                "web1": { "names": ["www.shop.example.com", "shop.example.com"] },
                "web2": { "names": ["api.shop.example.com"] }
              }
            }
            """;
    /** The zone the engine makes for the names (the registrable domain). */
    private static final String ZONE = "example.com";

    @TempDir
    Path dir;

    private final List<String> printed = new ArrayList<>();

    private CliRun cli(String... args) {
        CliRun run = CliRun.in(dir, Map.of("HOME", dir.resolve("home").toString()), args);
        printed.add(run.all());
        return run;
    }

    private void write(String cloudJson) throws Exception {
        Files.writeString(dir.resolve("cloud.json"), cloudJson);
        Files.writeString(dir.resolve("security.json"), """
                {"public_ssh_key": "%s you@laptop"}
                """.formatted(Fixture.publicKey(7)));
    }

    /** The sandbox's private key is in its own file only: never printed (even with -v), never in another file. */
    @AfterEach
    void theSandboxKeyStaysInItsFile() throws Exception {
        Path key = dir.resolve(".cloudmaker").resolve("sandbox").resolve("id_ed25519");
        if (!Files.exists(key)) {
            return;
        }
        String body = Files.readString(key).lines().skip(1).findFirst().orElseThrow();
        assertThat(printed).noneMatch(o -> o.contains(body));
        try (var files = Files.walk(dir)) {
            for (Path f : files.filter(Files::isRegularFile).filter(f -> !f.equals(key)).toList()) {
                assertThat(Files.readString(f, StandardCharsets.ISO_8859_1)).as(f.toString()).doesNotContain(body);
            }
        }
    }

    @Test
    void aTritonDefinitionProvisionsInTheSandboxSignedWithTheWorkspacesOwnKey() throws Exception {
        write(TRITON_ONLY);

        CliRun provision = cli("-v", "--sandbox", "provision", "--yes");

        assertThat(provision.exitCode()).as(provision.all()).isZero();
        Path key = dir.resolve(".cloudmaker").resolve("sandbox").resolve("id_ed25519");
        assertThat(Files.getPosixFilePermissions(key)).containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ,
                PosixFilePermission.OWNER_WRITE);
        String sandboxKey = Files.readString(key.resolveSibling("id_ed25519.pub")).split(" ")[1];
        assertThat(account("triton", "dc1").keys()).anyMatch(k -> k.publicKey().contains(sandboxKey));
        assertThat(account("triton", "dc1").servers()).extracting(EmulatedServer::name, EmulatedServer::size)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("web1", "g1.nano"),
                        org.assertj.core.groups.Tuple.tuple("web2", "g1.small"));

        CliRun again = cli("--sandbox", "provision", "--yes");
        assertThat(again.exitCode()).as(again.all()).isZero();
        assertThat(again.out()).contains("No changes");

        CliRun destroy = cli("--sandbox", "destroy", "--yes");
        assertThat(destroy.exitCode()).as(destroy.all()).isZero();
        assertThat(account("triton", "dc1").servers()).isEmpty();
    }

    @Test
    void tritonServersWithNamesInADigitalOceanZoneProvisionOnceAndDestroyClean() throws Exception {
        write(MIXED);

        CliRun provision = cli("--sandbox", "provision", "--yes");

        assertThat(provision.exitCode()).as(provision.all()).isZero();
        Account triton = account("triton", "dc1");
        Account digitalOcean = account("digitalocean", "do");
        assertThat(triton.servers()).extracting(EmulatedServer::name).containsExactlyInAnyOrder("web1", "web2");
        assertThat(digitalOcean.servers()).as("the DNS account holds records only").isEmpty();
        String web1 = triton.address("web1");
        String web2 = triton.address("web2");
        assertThat(digitalOcean.addressRecords()).containsExactlyInAnyOrder("A www.shop " + web1, "A shop " + web1,
                "A api.shop " + web2);
        String inventory = Files.readString(dir.resolve("cloudmaker_inventory.json"));
        assertThat(inventory).contains("www.shop.example.com", "api.shop.example.com", "\"provider\" : \"dc1\"");

        CliRun again = cli("--sandbox", "provision", "--yes");
        assertThat(again.exitCode()).as(again.all()).isZero();
        assertThat(again.out()).contains("No changes");
        assertThat(account("triton", "dc1").servers()).extracting(EmulatedServer::id)
                .containsExactlyInAnyOrderElementsOf(triton.servers().stream().map(EmulatedServer::id).toList());

        CliRun destroy = cli("--sandbox", "destroy", "--yes");
        assertThat(destroy.exitCode()).as(destroy.all()).isZero();
        assertThat(account("triton", "dc1").servers()).isEmpty();
        assertThat(account("digitalocean", "do").addressRecords()).isEmpty();
    }

    /** A copy of a sandbox account as its state file holds it now (read through the emulator of its type). */
    private Account account(String type, String provider) {
        Path state = dir.resolve(".cloudmaker").resolve("sandbox-" + provider + ".json");
        assertThat(state).exists();
        try (RunningEmulator emulator = EmulatorFactory.find(type).orElseThrow()
                .start(EmulatorOptions.defaults().withStateFile(copy(state)))) {
            var account = emulator.account();
            List<EmulatedRecord> records = account.zones().contains(ZONE) ? account.records(ZONE) : List.of();
            return new Account(account.servers(), account.keys(), records);
        }
    }

    /** The emulator saves its state when closed: read a copy, so the check changes nothing. */
    private Path copy(Path state) {
        try {
            Path copy = dir.resolve("home").resolve("copy-" + state.getFileName());
            Files.createDirectories(copy.getParent());
            return Files.copy(state, copy, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private record Account(List<EmulatedServer> servers, List<dev.cloudmaker.emulator.kit.EmulatedKey> keys,
                           List<EmulatedRecord> records) {
        String address(String server) {
            return servers.stream().filter(s -> s.name().equals(server)).findFirst().orElseThrow().publicIpv4();
        }

        /** The zone's A and AAAA records, as "TYPE name data". */
        List<String> addressRecords() {
            return records.stream().filter(r -> Set.of("A", "AAAA").contains(r.type()))
                    .map(r -> r.type() + " " + r.name() + " " + r.data()).toList();
        }
    }
}
