package dev.cloudmaker.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cloudmaker.emulator.digitalocean.DigitalOceanEmulator;
import dev.cloudmaker.emulator.digitalocean.EmuKey;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * keys add / list / remove against the DigitalOcean emulator: the account changes, named for the
 * namespace; bad input changes nothing. The emulator's servers cannot be logged in to, so the sync
 * that follows add and remove says so and is left out (on real machines: LocalReachIT).
 */
class KeysCommandIT {
    @TempDir
    Path dir;

    private DigitalOceanEmulator emu;

    @BeforeEach
    void start() throws Exception {
        emu = DigitalOceanEmulator.builder().bootDelay(Duration.ofMillis(100)).start();
        OpsFixture.write(dir);
    }

    @AfterEach
    void stop() {
        emu.close();
    }

    @Test
    void aKeyIsAddedListedAndRemovedUnderTheNamespacesName() throws Exception {
        Path alice = pubFile("alice.pub", Fixture.publicKey(21) + " alice@laptop");

        CliRun add = cli("keys", "add", "alice@laptop", alice.toString());

        assertThat(add.exitCode()).as(add.all()).isZero();
        assertThat(add.out()).contains("Key alice@laptop (ssh-ed25519, ").contains("is registered for namespace ops.");
        assertThat(add.err()).contains("note: cloudmaker logs in to no server here (the API is an emulator on this host");
        assertThat(emu.keys()).extracting(EmuKey::name).containsExactly("cloudmaker:ops:alice@laptop");
        assertThat(emu.keys().getFirst().publicKey()).isEqualTo(Fixture.publicKey(21) + " alice@laptop");

        CliRun list = cli("keys", "list");
        assertThat(list.exitCode()).as(list.all()).isZero();
        assertThat(list.out()).contains("NAME", "alice@laptop", "ssh-ed25519", emu.keys().getFirst().fingerprint());
        assertThat(list.err()).contains("1 key(s) in namespace ops; the definition's key (");
        assertThat(cli("--namespace", "other", "keys", "list").out()).as("another namespace's keys are not ours")
                .doesNotContain("alice@laptop");

        CliRun remove = cli("keys", "remove", "alice@laptop");
        assertThat(remove.exitCode()).as(remove.all()).isZero();
        assertThat(remove.out()).contains("Key alice@laptop is removed from the account.");
        assertThat(emu.keys()).isEmpty();
    }

    @Test
    void listAsJsonCarriesThePublicKey() throws Exception {
        assertThat(cli("keys", "add", "bob", pubFile("bob.pub", Fixture.publicKey(22)).toString()).exitCode()).isZero();

        CliRun list = cli("--json", "keys", "list");

        assertThat(list.exitCode()).isZero();
        assertThat(list.out()).contains("\"name\" : \"bob\"", "\"public_key\" : \"" + Fixture.publicKey(22) + "\"");
    }

    @Test
    void aBadKeyFileIsExplainedAndNothingChanges() throws Exception {
        Path privateKey = pubFile("id_ed25519", "-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAA\n-----END OPENSSH PRIVATE KEY-----\n");
        Path garbage = pubFile("garbage.pub", "ssh-ed25519 not-base64!!");
        emu.resetStats();

        CliRun missing = cli("keys", "add", "carol", dir.resolve("nope.pub").toString());
        CliRun secret = cli("keys", "add", "carol", privateKey.toString());
        CliRun broken = cli("keys", "add", "carol", garbage.toString());
        CliRun badName = cli("keys", "add", "carol has spaces", pubFile("c.pub", Fixture.publicKey(23)).toString());

        assertThat(missing.exitCode()).isEqualTo(ExitCodes.ERROR);
        assertThat(missing.err()).contains("nope.pub", "no such file", "~/.ssh/id_ed25519.pub", "Nothing was changed.");
        assertThat(secret.exitCode()).isEqualTo(ExitCodes.ERROR);
        assertThat(secret.err()).contains("id_ed25519", "holds a private key", "id_ed25519.pub").doesNotContain("b3BlbnNzaC1rZXktdjEAAAAA");
        assertThat(broken.exitCode()).isEqualTo(ExitCodes.ERROR);
        assertThat(broken.err()).contains("garbage.pub", "not an OpenSSH public key", "not valid base64");
        assertThat(badName.exitCode()).isEqualTo(ExitCodes.ERROR);
        assertThat(badName.err()).contains("key name \"carol has spaces\" is not valid");
        assertThat(emu.stats().mutatingRequests()).isZero();
        assertThat(emu.keys()).isEmpty();
    }

    @Test
    void aNameTakenByAnotherKeyIsRefusedAndRemovingAnUnknownKeyNamesTheKnownOnes() throws Exception {
        assertThat(cli("keys", "add", "dave", pubFile("d1.pub", Fixture.publicKey(24)).toString()).exitCode()).isZero();

        CliRun taken = cli("keys", "add", "dave", pubFile("d2.pub", Fixture.publicKey(25)).toString());
        CliRun unknown = cli("keys", "remove", "erin");

        assertThat(taken.exitCode()).isEqualTo(ExitCodes.ERROR);
        assertThat(taken.err()).contains("already has a key named dave with another fingerprint", "remove it first");
        assertThat(unknown.exitCode()).isEqualTo(ExitCodes.ERROR);
        assertThat(unknown.err()).contains("namespace ops has no key named erin; its keys: dave");
        assertThat(emu.keys()).hasSize(1);
    }

    @Test
    void syncAgainstAnEmulatorSaysWhyItCannot() {
        CliRun sync = cli("keys", "sync");

        assertThat(sync.exitCode()).isEqualTo(ExitCodes.ERROR);
        assertThat(sync.err()).contains("cloudmaker logs in to no server here (the API is an emulator on this host");
    }

    private Path pubFile(String name, String content) throws Exception {
        return Files.writeString(dir.resolve(name), content + "\n");
    }

    private CliRun cli(String... args) {
        return CliRun.against(emu.baseUrl(), dir, Map.of(), args);
    }
}
