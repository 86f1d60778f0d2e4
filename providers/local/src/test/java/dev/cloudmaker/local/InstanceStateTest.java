package dev.cloudmaker.local;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class InstanceStateTest {
    @TempDir
    Path tmp;
    private Path root;
    private Path elsewhere;

    @BeforeEach
    void folders() throws IOException {
        root = Files.createDirectory(tmp.resolve("root"));
        elsewhere = Files.createDirectory(tmp.resolve("elsewhere"));
    }

    @Test
    void cloudInitsInstanceMachineIdHostKeysAndRenderedNetworkGoWhileTheRestStays() throws IOException {
        Path cloud = Files.createDirectories(root.resolve("var/lib/cloud"));
        write("var/lib/cloud/instances/cm01/user-data.txt", "#cloud-config\n");
        Files.createSymbolicLink(cloud.resolve("instance"), Path.of("instances/cm01"));
        write("var/lib/cloud/data/instance-id", "cm01\n");
        write("var/lib/cloud/seed/nocloud/user-data", "ssh_keys: secret\n");
        write("var/log/cloud-init.log", "log\n");
        write("var/log/cloud-init-output.log", "log\n");
        write("var/log/dpkg.log", "kept\n");
        write("etc/machine-id", "0123456789abcdef0123456789abcdef\n");
        write("etc/ssh/ssh_host_ed25519_key", "private\n");
        write("etc/ssh/ssh_host_ed25519_key.pub", "public\n");
        write("etc/ssh/sshd_config", "kept\n");
        write("etc/systemd/network/10-cloud-init-host0.network", "Address=10.213.0.2/24\n");
        write("etc/systemd/network/20-mine.network", "kept\n");
        write("var/lib/systemd/random-seed", "seed\n");
        write("home/admin/.ssh/authorized_keys", "ssh-ed25519 AAAA kept\n");

        InstanceState.clear(root);

        assertThat(cloud).isEmptyDirectory();
        assertThat(root.resolve("var/log/cloud-init.log")).doesNotExist();
        assertThat(root.resolve("var/log/cloud-init-output.log")).doesNotExist();
        assertThat(root.resolve("etc/machine-id")).exists().isEmptyFile();
        assertThat(root.resolve("etc/ssh")).isDirectoryNotContaining("glob:**/ssh_host_*").isDirectoryContaining("glob:**/sshd_config");
        assertThat(root.resolve("etc/systemd/network/10-cloud-init-host0.network")).doesNotExist();
        assertThat(root.resolve("var/lib/systemd/random-seed")).doesNotExist();
        assertThat(root.resolve("etc/systemd/network/20-mine.network")).exists();
        assertThat(root.resolve("var/log/dpkg.log")).exists();
        assertThat(root.resolve("home/admin/.ssh/authorized_keys")).exists();
    }

    @Test
    void linksAMachineMadeAreNeitherEnteredNorFollowed() throws IOException {
        Path precious = Files.writeString(elsewhere.resolve("ssh_host_rsa_key"), "the host's own\n");
        Files.writeString(elsewhere.resolve("machine-id"), "the host's id\n");
        Files.createDirectories(root.resolve("var/lib"));
        Files.createDirectories(root.resolve("etc"));
        Files.createSymbolicLink(root.resolve("var/lib/cloud"), elsewhere);
        Files.createSymbolicLink(root.resolve("etc/ssh"), elsewhere);
        Files.createSymbolicLink(root.resolve("etc/machine-id"), elsewhere.resolve("machine-id"));

        InstanceState.clear(root);

        assertThat(precious).hasContent("the host's own");
        assertThat(elsewhere.resolve("machine-id")).hasContent("the host's id");
        assertThat(InstanceState.inside(root, "etc/ssh/ssh_host_rsa_key")).isEmpty();
    }

    private void write(String relative, String content) throws IOException {
        Path f = root.resolve(relative);
        Files.createDirectories(f.getParent());
        Files.writeString(f, content);
    }
}
