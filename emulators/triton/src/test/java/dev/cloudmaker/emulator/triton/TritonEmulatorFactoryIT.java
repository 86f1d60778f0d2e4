package dev.cloudmaker.emulator.triton;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cloudmaker.emulator.kit.EmulatorFactory;
import dev.cloudmaker.emulator.kit.EmulatorOption;
import dev.cloudmaker.emulator.kit.EmulatorOptions;
import dev.cloudmaker.emulator.kit.RunningEmulator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code cloudmaker emulator triton}'s side: the factory found by type, its options, exports and state file. */
class TritonEmulatorFactoryIT {
    @TempDir
    Path dir;

    private final EmulatorFactory factory = EmulatorFactory.find("triton").orElseThrow();

    @Test
    void itTakesTheKitsOptionsAnAccountAndKeyFiles() {
        assertThat(factory.options()).extracting(EmulatorOption::flag).contains(EmulatorOption.ACCOUNT,
                EmulatorOption.KEY, EmulatorOption.FAULT, EmulatorOption.STATE);
    }

    @Test
    void theExportsPointNodeTritonAtTheAccountAndItsOneKey() throws Exception {
        TritonTestKey key = TritonTestKey.rsa();
        Path pub = Files.writeString(dir.resolve("id_rsa.pub"), key.publicLine() + "\n");
        try (RunningEmulator emu = factory.start(EmulatorOptions.defaults().withAccount("carol")
                .withKeyFiles(List.of(pub)))) {
            String url = emu.url().toString();
            assertThat(emu.clientEnvironment()).containsExactly(
                    entry("TRITON_URL", url), entry("TRITON_ACCOUNT", "carol"),
                    entry("TRITON_KEY_ID", key.fingerprint()), entry("SDC_URL", url),
                    entry("SDC_ACCOUNT", "carol"), entry("SDC_KEY_ID", key.fingerprint()));
            assertThat(emu.providerSettings()).containsEntry("url", url).containsEntry("account", "carol");
            SignedClient api = new SignedClient(emu.url(), key.signer("carol"), Clock.systemUTC());
            assertThat(api.get("/carol/keys").statusCode()).isEqualTo(200);
        }
    }

    @Test
    void aKeyFileWithItsPrivateHalfBesideItIsTheKeyItsCredentialsNameByFileNeverByContents() throws Exception {
        TritonTestKey key = TritonTestKey.ed25519();
        Path pub = Files.writeString(dir.resolve("id_ed25519.pub"), key.publicLine() + "\n");
        Path other = Files.writeString(dir.resolve("other.pub"), TritonTestKey.rsa().publicLine() + "\n");
        try (RunningEmulator alone = factory.start(EmulatorOptions.defaults().withKeyFiles(List.of(other, pub)))) {
            assertThat(alone.credentials()).as("no private half beside either: no key to name").isEmpty();
        }
        Path privateKey = Files.writeString(dir.resolve("id_ed25519"), "private key text\n");
        try (RunningEmulator emu = factory.start(EmulatorOptions.defaults().withKeyFiles(List.of(other, pub)))) {
            assertThat(emu.credentials()).containsExactlyInAnyOrderEntriesOf(Map.of("key_id", key.fingerprint(),
                    "private_key_file", privateKey.toAbsolutePath().toString()));
            assertThat(emu.account().keys()).hasSize(2);
        }
    }

    @Test
    void withoutOneKeyThereIsNoKeyIdToExport() {
        try (RunningEmulator emu = factory.start(EmulatorOptions.defaults())) {
            assertThat(emu.clientEnvironment()).containsOnlyKeys("TRITON_URL", "TRITON_ACCOUNT", "SDC_URL", "SDC_ACCOUNT")
                    .containsEntry("TRITON_ACCOUNT", "emulator");
        }
    }

    @Test
    void aFileThatIsNoPublicKeyOrAnUnknownFaultTargetIsRefused() throws Exception {
        Path notAKey = Files.writeString(dir.resolve("id_rsa"), "-----BEGIN OPENSSH PRIVATE KEY-----\n");
        assertThatThrownBy(() -> factory.start(EmulatorOptions.defaults().withKeyFiles(List.of(notAKey))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("is not an OpenSSH public key")
                .hasMessageNotContaining("BEGIN");
        assertThatThrownBy(() -> factory.start(EmulatorOptions.defaults().withFaults(List.of("503@droplets"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("machine-actions");
    }

    @Test
    void theStateFileKeepsMachinesKeysAndTagsAcrossRestarts() {
        Path state = dir.resolve("triton.json");
        TritonTestKey key = TritonTestKey.ed25519();
        String id;
        try (TritonEmulator emu = TritonEmulator.builder().account("dave").key("k", key.publicLine()).stateFile(state)
                .start()) {
            SignedClient api = new SignedClient(emu.baseUrl(), key.signer("dave"), Clock.systemUTC());
            id = SignedClient.json(api.post("/dave/machines", "{\"name\":\"kept\",\"image\":"
                    + "\"1d05e788-5409-11eb-b12f-037bd7fee4ee\",\"package\":\"g1.nano\",\"tag.n\":7}")).get("id").asText();
        }
        try (TritonEmulator emu = TritonEmulator.builder().account("dave").stateFile(state).start()) {
            SignedClient api = new SignedClient(emu.baseUrl(), key.signer("dave"), Clock.systemUTC());
            var machine = SignedClient.json(api.get("/dave/machines/" + id));
            assertThat(machine.get("name").asText()).isEqualTo("kept");
            assertThat(machine.get("tags").get("n").isInt()).isTrue();
            assertThat(emu.account().keys()).extracting(k -> k.fingerprint()).containsExactly(key.fingerprint());
        }
    }
}
