package dev.cloudmaker.emulator.digitalocean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class FingerprintsTest {
    @Test
    void md5MatchesSshKeygen() {
        // ssh-keygen -l -E md5 prints MD5:00:98:24:d7:c7:4b:78:35:02:ed:e8:23:77:3d:5b:9e for this key
        String key = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIIHZWox+rr64gcRrAMvumF9lhU1anT8HgI/npQI9J9ma test";
        assertThat(Fingerprints.md5(key)).isEqualTo("00:98:24:d7:c7:4b:78:35:02:ed:e8:23:77:3d:5b:9e");
    }

    @Test
    void rejectsMalformedKeys() {
        assertThatThrownBy(() -> Fingerprints.md5("not a key")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Fingerprints.md5("ssh-ed25519 !!!")).hasMessageContaining("base64");
        assertThatThrownBy(() -> Fingerprints.md5("ssh-rsa AAAAC3NzaC1lZDI1NTE5AAAAIIHZWox+rr64gcRrAMvumF9lhU1anT8HgI/npQI9J9ma"))
                .hasMessageContaining("does not match");
    }
}
