package dev.cloudmaker.emulator.triton;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * node-triton's {@code triton} CLI (the pinned {@link NodeTriton#VERSION}) against the emulator, with a key file
 * made by ssh-keygen and no ssh-agent: every command the issue names, its JSON output checked. They fail when the
 * emulator's answers drift from what node-triton expects (a missing {@code x-resource-count}, a 404 for a deleted
 * machine, tags losing their types and {@code -w} never ending, an audit without the reboot). Each is skipped, saying
 * how to install it, when node-triton is not installed.
 */
class NodeTritonIT {
    @TempDir
    Path home;

    private static TritonEmulator emulator() {
        return TritonEmulator.builder().account("alice").bootDelay(Duration.ofSeconds(1))
                .actionDuration(Duration.ofSeconds(1)).start();
    }

    @ParameterizedTest
    @ValueSource(strings = {"rsa", "ecdsa", "ed25519"})
    void infoSignsWithEachKeyTypeFromAKeyFile(String type) {
        try (TritonEmulator emu = emulator()) {
            NodeTriton triton = NodeTriton.user(home, type, emu);
            JsonNode info = triton.json("info", "-j");
            assertThat(info.get("login").asText()).isEqualTo("alice");
            assertThat(info.get("totalInstances").asInt()).isZero();
            assertThat(info.get("url").asText()).isEqualTo(emu.baseUrl().toString());
        }
    }

    @Test
    void aKeyNotInTheAccountIsRefused() throws Exception {
        try (TritonEmulator emu = emulator()) {
            NodeTriton triton = NodeTriton.user(home, "ed25519", emu);
            String fingerprint = NodeTriton.fingerprintOf(home.resolve(".ssh/id_ed25519.pub"));
            assertThat(triton.run("key", "delete", "-y", fingerprint).ok().out()).contains("Deleted key");
            NodeTriton.Result refused = triton.run("info", "-j");
            assertThat(refused.exitCode()).isNotZero();
            assertThat(refused.err()).contains("Invalid authorization credentials supplied");
        }
    }

    @Test
    void catalogueAndKeys() throws Exception {
        try (TritonEmulator emu = emulator()) {
            NodeTriton triton = NodeTriton.user(home, "rsa", emu);
            List<JsonNode> images = triton.run("images", "-j").ok().jsonLines();
            assertThat(images).extracting(i -> i.get("name").asText() + "@" + i.get("version").asText())
                    .contains("base-64-lts@20.4.0", "base-64-lts@22.4.0", "debian-12@20240612");
            assertThat(triton.json("datacenters", "-j").toString()).contains("\"emu-1\"", emu.baseUrl().toString());
            assertThat(triton.run("networks", "-j").ok().jsonLines()).extracting(n -> n.get("name").asText())
                    .contains("Joyent-SDC-Public", "My-Fabric-Network");
            List<JsonNode> packages = triton.run("packages", "-j").ok().jsonLines();
            assertThat(packages).extracting(p -> p.get("name").asText()).contains("g1.nano", "g1.medium");
            assertThat(packages).allSatisfy(p -> assertThat(p.get("memory").isNumber()).isTrue());

            Path other = home.resolve("other.pub");
            Files.writeString(other, TritonTestKey.ed25519().publicLine() + "\n");
            String otherFingerprint = NodeTriton.fingerprintOf(other);
            assertThat(triton.run("key", "add", "-n", "second", other.toString()).ok().out())
                    .contains("Added key \"second\" (" + otherFingerprint + ")");
            List<JsonNode> keys = triton.run("key", "list", "-j").ok().jsonLines();
            assertThat(keys).extracting(k -> k.get("name").asText()).containsExactly("test-rsa", "second");
            assertThat(keys.get(1).get("fingerprint").asText()).isEqualTo(otherFingerprint);
            triton.run("key", "delete", "-y", otherFingerprint).ok();
            assertThat(triton.run("key", "list", "-j").ok().jsonLines()).extracting(k -> k.get("name").asText())
                    .containsExactly("test-rsa");
            assertThat(emu.account().keys()).hasSize(1);
        }
    }

    @Test
    void anInstanceFromCreateToDelete() {
        try (TritonEmulator emu = emulator()) {
            NodeTriton triton = NodeTriton.user(home, "rsa", emu);
            // -j -w prints the machine as created, then as it is once the wait ends
            List<JsonNode> create = triton.run("instance", "create", "-w", "-j", "-n", "web1", "-t", "role=web",
                    "-t", "replicas=3", "-m", "owner=ops", "base-64-lts@20.4.0", "g1.small").ok().jsonLines();
            assertThat(create).extracting(m -> m.get("state").asText()).containsExactly("provisioning", "running");
            JsonNode created = create.getLast();
            String id = created.get("id").asText();
            assertThat(created.get("image").asText()).isEqualTo("1d05e788-5409-11eb-b12f-037bd7fee4ee");

            List<JsonNode> listed = triton.run("instances", "-j").ok().jsonLines();
            assertThat(listed).hasSize(1);
            assertThat(listed.getFirst().get("id").asText()).isEqualTo(id);
            assertThat(listed.getFirst().get("img").asText()).isEqualTo("base-64-lts@20.4.0");
            assertThat(listed.getFirst().get("package").asText()).isEqualTo("g1.small");

            JsonNode got = triton.json("instance", "get", "-j", "web1");
            assertThat(got.get("id").asText()).isEqualTo(id);
            assertThat(got.get("tags").get("role").asText()).isEqualTo("web");
            assertThat(got.get("tags").get("replicas").isNumber()).as("typed tag values are kept").isTrue();
            assertThat(got.get("metadata").get("owner").asText()).isEqualTo("ops");
            assertThat(got.get("primaryIp").asText()).startsWith("203.0.113.");

            JsonNode tags = triton.json("instance", "tag", "set", "-w", "-j", "web1", "tier=2", "public=true");
            assertThat(tags.get("tier").isNumber()).isTrue();
            assertThat(tags.get("public").isBoolean()).isTrue();
            assertThat(tags.get("role").asText()).isEqualTo("web");

            triton.run("instance", "stop", "-w", "web1").ok();
            assertThat(triton.json("instance", "get", "-j", id).get("state").asText()).isEqualTo("stopped");
            triton.run("instance", "start", "-w", "web1").ok();
            assertThat(triton.json("instance", "get", "-j", id).get("state").asText()).isEqualTo("running");
            triton.run("instance", "reboot", "-w", "web1").ok();
            assertThat(emu.account().servers().getFirst().status()).isEqualTo("running");

            JsonNode snapshot = triton.run("instance", "snapshot", "create", "-w", "-j", "-n", "before-upgrade", "web1")
                    .ok().lastJson();
            assertThat(snapshot.get("name").asText()).isEqualTo("before-upgrade");
            assertThat(snapshot.get("state").asText()).isEqualTo("created");

            triton.run("instance", "delete", "-w", "-f", "web1").ok(); // -f: no prompt
            assertThat(emu.account().servers()).isEmpty();
            assertThat(triton.run("instances", "-j").ok().jsonLines()).isEmpty();
            NodeTriton.Result gone = triton.run("instance", "get", "-j", id);
            assertThat(gone.exitCode()).isNotZero();
            assertThat(gone.err()).contains("deleted");
        }
    }
}
