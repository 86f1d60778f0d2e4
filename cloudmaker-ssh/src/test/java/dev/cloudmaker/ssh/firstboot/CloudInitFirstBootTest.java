package dev.cloudmaker.ssh.firstboot;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cloudmaker.core.model.SshPublicKey;
import dev.cloudmaker.core.model.role.BootstrapSettings;
import dev.cloudmaker.ssh.HostKeyPair;
import dev.cloudmaker.ssh.KnownHosts;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CloudInitFirstBootTest {
    @TempDir
    Path dir;

    private HostKeyStore hostKeys;
    private KnownHosts knownHosts;
    private SshPublicKey adminKey;
    private CloudInitFirstBoot firstBoot;

    @BeforeEach
    void setUp() {
        hostKeys = new HostKeyStore(dir.resolve(".cloudmaker"), "web");
        knownHosts = new KnownHosts(dir.resolve("known_hosts"));
        adminKey = SshPublicKey.parse(new HostKeyStore(dir.resolve("other"), "admin").forServer("me").publicKeyLine());
        firstBoot = new CloudInitFirstBoot(hostKeys, knownHosts, BootstrapSettings.defaults(), adminKey);
    }

    @Test
    void givesTheServerTheHostKeyItPinsAndTheAdminUser() {
        String userData = firstBoot.userData("web1", null);

        HostKeyPair key = hostKeys.find("web1").orElseThrow();
        assertThat(knownHosts.lookup("web1")).hasValueSatisfying(pin -> assertThat(key.publicKeyLine()).startsWith(pin.key().line()));
        assertThat(userData).startsWith("#cloud-config\n")
                .contains("  ed25519_public: " + key.publicKeyLine() + "\n")
                .contains("    " + key.privateKeyText().reveal().lines().findFirst().orElseThrow() + "\n")
                .contains("  - name: cloudmaker\n    sudo: \"ALL=(ALL) NOPASSWD:ALL\"\n")
                .contains("      - \"" + adminKey.line() + "\"\n");
    }

    @Test
    void generatesNoOtherHostKeyWithAListNewerCloudInitAccepts() {
        String userData = firstBoot.userData("web1", "");

        // the old keys go, and only ed25519, which ssh_keys supplies, is listed: cloud-init generates a type
        // only when its key is missing, and 24.x and later fail schema validation on an empty list
        assertThat(userData).contains("ssh_deletekeys: true\n").contains("ssh_genkeytypes: [ed25519]\n")
                .doesNotContain("ssh_genkeytypes: []");
    }

    @Test
    void theDefinitionsUserDataRidesAlongAsItsOwnPart() {
        String userData = firstBoot.userData("web1", "#!/bin/sh\necho hello\n");

        assertThat(userData).startsWith("Content-Type: multipart/mixed; boundary=\"" + CloudInitFirstBoot.BOUNDARY + "\"\n")
                .contains("Content-Type: text/cloud-config; charset=\"utf-8\"\nContent-Disposition: attachment; filename=\"cloudmaker.cfg\"\n\n#cloud-config\n")
                .contains("Content-Type: text/x-shellscript; charset=\"utf-8\"\nContent-Disposition: attachment; filename=\"user-data\"\n\n#!/bin/sh\necho hello\n")
                .endsWith("--" + CloudInitFirstBoot.BOUNDARY + "--\n");
    }
}
