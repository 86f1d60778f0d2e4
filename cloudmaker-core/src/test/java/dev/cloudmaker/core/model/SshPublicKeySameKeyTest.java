package dev.cloudmaker.core.model;

import java.util.Base64;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class SshPublicKeySameKeyTest {
    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 42, 1234567})
    void theSameBlobIsTheSameKeyWhateverTheCommentAndAnotherBlobIsNot(long seed) {
        String blob = ed25519Blob(new Random(seed));
        SshPublicKey key = SshPublicKey.parse("ssh-ed25519 " + blob + " alice@laptop");

        assertThat(key.sameKey("ssh-ed25519 " + blob)).isTrue();
        assertThat(key.sameKey("  ssh-ed25519   " + blob + "   bob@elsewhere  ")).isTrue();
        assertThat(key.sameKey("ssh-ed25519 " + ed25519Blob(new Random(seed + 1)) + " alice@laptop")).isFalse();
        assertThat(key.sameKey("ssh-rsa " + blob)).as("another type").isFalse();
        assertThat(key.sameKey("")).isFalse();
        assertThat(key.sameKey(null)).isFalse();
    }

    /** A well-formed ed25519 blob: the type field, then a 32-byte key. */
    private static String ed25519Blob(Random random) {
        byte[] type = "ssh-ed25519".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        byte[] point = new byte[32];
        random.nextBytes(point);
        java.nio.ByteBuffer buf = java.nio.ByteBuffer.allocate(4 + type.length + 4 + point.length);
        buf.putInt(type.length).put(type).putInt(point.length).put(point);
        return Base64.getEncoder().encodeToString(buf.array());
    }
}
