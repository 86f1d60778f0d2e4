package dev.cloudmaker.ssh.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cloudmaker.ssh.bootstrap.fake.FakeServer;
import dev.cloudmaker.ssh.bootstrap.fake.Servers;
import org.junit.jupiter.api.Test;

class RemoteFilesTest {
    private final FakeServer server = Servers.debian12();
    private final RemoteFiles files = new RemoteHost(server, pause -> { }).files();

    @Test
    void putWritesOnlyWhatDiffersInContentModeOrOwner() {
        byte[] content = RemoteFiles.utf8("x = 1\n");
        assertThat(files.put("/etc/app/app.conf", content, "0640", "root:adm")).isTrue();
        assertThat(files.put("/etc/app/app.conf", content, "0640", "root:adm")).isFalse();
        assertThat(files.put("/etc/app/app.conf", content, "0640", "root:root")).isTrue();
        assertThat(files.put("/etc/app/app.conf", content, "0600", "root:root")).isTrue();
        assertThat(server.files.get("/etc/app/app.conf")).satisfies(f -> {
            assertThat(f.mode()).isEqualTo(0600);
            assertThat(f.group()).isEqualTo("root");
        });
        assertThat(server.sent).filteredOn(c -> c.startsWith("upload ")).hasSize(3);
        assertThat(server.commands).contains("sha256sum /etc/app/app.conf && find /etc/app/app.conf -maxdepth 0 -perm 0640 -user root -group adm");
    }

    @Test
    void aFileTheValidatorRejectsIsNeverPutInPlaceAndItsUploadIsRemoved() {
        assertThatThrownBy(() -> files.put("/etc/sudoers.d/broken", RemoteFiles.utf8("this is not sudoers\n"), "0440", "root",
                tmp -> "visudo -cf " + tmp)).isInstanceOfSatisfying(CommandFailedException.class,
                        e -> assertThat(e.outputTail()).contains("syntax error"));
        assertThat(server.files).doesNotContainKey("/etc/sudoers.d/broken");
        assertThat(server.files.keySet()).noneMatch(p -> p.contains(".cloudmaker-upload-"));
    }

    @Test
    void pathsWithSpacesAndQuotesAreQuoted() {
        assertThat(files.put("/srv/it's here/a b.txt", RemoteFiles.utf8("hi\n"), "0644", "root")).isTrue();
        assertThat(server.text("/srv/it's here/a b.txt")).isEqualTo("hi\n");
        assertThat(server.sent).anyMatch(c -> c.contains("sha256sum '\\''/srv/it'\\''\\'\\'''\\''s here/a b.txt'\\''"));
    }

    @Test
    void ensureDirectorySetsModeAndOwner() {
        assertThat(files.ensureDirectory("/home/cloudmaker/.ssh", "0700", "cloudmaker:cloudmaker")).isFalse();
        assertThat(files.ensureDirectory("/srv/app", "0750", "cloudmaker")).isTrue();
        assertThat(server.commands).contains("install -d -o cloudmaker -m 0750 /srv/app");
    }

    @Test
    void badModesOwnersAndPathsAreRefusedBeforeAnythingIsSent() {
        byte[] x = RemoteFiles.utf8("x");
        assertThatThrownBy(() -> files.put("/etc/x", x, "644; reboot", "root")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> files.put("/etc/x", x, "0644", "root;reboot")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> files.put("etc/x", x, "0644", "root")).isInstanceOf(IllegalArgumentException.class);
        assertThat(server.sent).isEmpty();
    }
}
