package dev.cloudmaker.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SshPublicKeyTest {
    @Test
    void md5MatchesSshKeygen() {
        // ssh-keygen -l -E md5 prints MD5:00:98:24:d7:c7:4b:78:35:02:ed:e8:23:77:3d:5b:9e for this key
        String key = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIIHZWox+rr64gcRrAMvumF9lhU1anT8HgI/npQI9J9ma test";
        assertThat(SshPublicKey.parse(key).md5Fingerprint()).isEqualTo("00:98:24:d7:c7:4b:78:35:02:ed:e8:23:77:3d:5b:9e");
    }

    @Test
    void rejectsMalformedKeys() {
        assertThatThrownBy(() -> SshPublicKey.parse("not a key")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SshPublicKey.parse("ssh-ed25519 !!!")).hasMessageContaining("base64");
        assertThatThrownBy(() -> SshPublicKey.parse("ssh-rsa AAAAC3NzaC1lZDI1NTE5AAAAIIHZWox+rr64gcRrAMvumF9lhU1anT8HgI/npQI9J9ma"))
                .hasMessageContaining("does not hold a ssh-rsa key");
        // the same key with its last base64 quantum cut off still decodes, but is not whole
        assertThatThrownBy(() -> SshPublicKey.parse("ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIIHZWox+rr64gcRrAMvumF9lhU1anT8HgI/npQI9"))
                .hasMessageContaining("cut short");
    }
}
