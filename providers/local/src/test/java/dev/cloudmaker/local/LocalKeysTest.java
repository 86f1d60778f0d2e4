package dev.cloudmaker.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;

import dev.cloudmaker.core.model.SshPublicKey;
import dev.cloudmaker.core.spi.CloudKey;
import dev.cloudmaker.core.spi.Named;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalKeysTest {
    @TempDir
    Path home;

    @Test
    void aKeyIsRegisteredUnderAStableIdListedWithItsLineAndDeleted() {
        SshPublicKey alice = key(1, "alice@laptop");
        LocalKeys keys = new LocalKeys(home.resolve("keys"));

        CloudKey made = keys.create("cloudmaker:ns:alice", alice);

        assertThat(made.id()).isEqualTo("key-" + alice.md5Fingerprint().replace(":", ""));
        assertThat(made.publicKey()).isEqualTo(alice.line());
        assertThat(made.named()).as("decoded from the name").isEqualTo(new Named("ns", "alice"));
        assertThat(home.resolve("keys").resolve(made.id() + ".json")).isRegularFile();
        assertThat(new LocalKeys(home.resolve("keys")).list()).as("another run reads the same registry").containsExactly(made);

        keys.delete(made.id());

        assertThat(keys.list()).isEmpty();
        assertThatNoException().as("deleting what is gone").isThrownBy(() -> keys.delete(made.id()));
    }

    @Test
    void oneKeyIsRegisteredOnceWhateverNameItIsAddedUnderAgain() {
        LocalKeys keys = new LocalKeys(home.resolve("keys"));
        CloudKey first = keys.create("first", key(2, ""));

        assertThat(keys.create("second", key(2, "other comment"))).isEqualTo(first);
        assertThat(keys.list()).containsExactly(first);
    }

    @Test
    void keysAreListedByNameAndAnEmptyRegistryHasNone() {
        LocalKeys keys = new LocalKeys(home.resolve("keys"));
        assertThat(keys.list()).isEmpty();

        keys.create("b", key(3, ""));
        keys.create("a", key(4, ""));

        assertThat(keys.list()).extracting(CloudKey::name).containsExactly("a", "b");
    }

    @Test
    void theDefinitionsKeyLineIsNoRegisteredIdAndDeletingItChangesNothing() {
        LocalKeys keys = new LocalKeys(home.resolve("keys"));
        CloudKey registered = keys.create("a", key(5, ""));

        keys.delete(key(5, "").line());
        keys.delete("../../etc/passwd");

        assertThat(keys.list()).containsExactly(registered);
    }

    private static SshPublicKey key(long seed, String comment) {
        byte[] type = "ssh-ed25519".getBytes(StandardCharsets.US_ASCII);
        byte[] material = new byte[32];
        new Random(seed).nextBytes(material);
        ByteBuffer blob = ByteBuffer.allocate(8 + type.length + material.length);
        blob.putInt(type.length).put(type).putInt(material.length).put(material);
        String line = "ssh-ed25519 " + Base64.getEncoder().encodeToString(blob.array());
        return SshPublicKey.parse(comment.isEmpty() ? line : line + " " + comment);
    }
}
