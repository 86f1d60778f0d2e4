package dev.cloudmaker.emulator.aws;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cloudmaker.core.model.SshPublicKey;
import org.junit.jupiter.api.Test;

/**
 * EC2's fingerprints of imported keys, worked out by other tools: {@code ssh-keygen -e -m PKCS8 | openssl pkey -pubin
 * -outform DER | openssl md5 -c} for RSA, {@code ssh-keygen -l} padded for Ed25519.
 */
class KeyFingerprintsTest {
    private static final SshPublicKey RSA = SshPublicKey.parse("ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAAAgQDwQQ1Q1n3r/gvGGei/Y6MvQ/b"
            + "z3Gqiot5wBM8p1fJXdkmG+JXwVm1C/4UmqKxwYQmkcmMFU+C18xeSLBJIntQsTa7WHI5asX3+RDiQkssn3I3Zj1RH9aGa8fskkO2LfbVjVYBux+bPQ6w7"
            + "gxoztpxOmh16vw/FTt+7ccpKDWrw9w== r");
    private static final SshPublicKey ED25519 = SshPublicKey.parse(
            "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOXfu+LK1eB3l2VJN7b5zTHwCN3QUH4aaxX8EtTPo1ot t");

    @Test
    void anRsaKeyIsTheMd5OfItsDerFormNotOpenSshsMd5() {
        assertThat(KeyFingerprints.of(RSA)).isEqualTo("dd:22:9f:69:07:24:b7:83:a6:a3:aa:a0:3f:6a:23:9d")
                .isNotEqualTo(RSA.md5Fingerprint());
    }

    @Test
    void anEd25519KeyIsOpenSshsSha256Padded() {
        assertThat(KeyFingerprints.of(ED25519)).isEqualTo("WRPaKPxY7XjaNw5tMGEMrWG/KIORu6kwqb9uhtEg6Z4=");
    }
}
