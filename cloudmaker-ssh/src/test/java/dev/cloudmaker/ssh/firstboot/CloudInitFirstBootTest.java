package dev.cloudmaker.ssh.firstboot;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cloudmaker.core.model.SshPublicKey;
import dev.cloudmaker.core.model.role.BootstrapSettings;
import dev.cloudmaker.core.state.FileStateStore;
import dev.cloudmaker.core.state.KnownHostsFile;
import dev.cloudmaker.core.state.Workspace;
import dev.cloudmaker.ssh.HostKeyPair;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CloudInitFirstBootTest {
    @TempDir
    Path dir;

    private HostKeyStore hostKeys;
    private KnownHostsFile knownHosts;
    private SshPublicKey adminKey;
    private CloudInitFirstBoot firstBoot;

    @BeforeEach
    void setUp() {
        FileStateStore state = new FileStateStore(new Workspace(dir));
        hostKeys = new HostKeyStore(state.hostKeys("web"));
        knownHosts = state.pins();
        adminKey = HostKeyPair.generate().sshPublicKey();
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
