package dev.cloudmaker.ssh;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cloudmaker.core.model.SshPublicKey;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The SHA-256 fingerprint is the one {@code ssh-keygen -l} prints (the expected values are its output for these keys). */
class KeyFingerprintTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOXfu+LK1eB3l2VJN7b5zTHwCN3QUH4aaxX8EtTPo1ot t"
                    + "|SHA256:WRPaKPxY7XjaNw5tMGEMrWG/KIORu6kwqb9uhtEg6Z4",
            "ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAAAgQDwQQ1Q1n3r/gvGGei/Y6MvQ/bz3Gqiot5wBM8p1fJXdkmG+JXwVm1C/4UmqKxwYQmkcmMFU+C18xeSLBJ"
                    + "IntQsTa7WHI5asX3+RDiQkssn3I3Zj1RH9aGa8fskkO2LfbVjVYBux+bPQ6w7gxoztpxOmh16vw/FTt+7ccpKDWrw9w== r"
                    + "|SHA256:bXClXK9lmBybGzPcLGqRcD107BmCTaZ8963PMIxi+28"})
    void isWhatSshKeygenPrints(String line, String expected) {
        SshPublicKey key = SshPublicKey.parse(line);
        assertThat(KeyFingerprint.sha256(key)).isEqualTo(expected)
                .isEqualTo(KeyCodec.fingerprint(KeyCodec.publicKey(line)));
    }
}
