package dev.cloudmaker.local;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class NoCloudSeedTest {
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
    void aSeedIsNeverWrittenThroughALinkInTheImage() throws IOException {
        // a snapshot's tree is what the machine's root left: /var pointing at a folder of this host
        Files.createSymbolicLink(root.resolve("var"), elsewhere);

        assertThatThrownBy(() -> new NoCloudSeed(root).write("cm01", "web1", "10.213.0.2", Subnet.parse("10.213.0.0/24"), false,
                null, "http://10.213.0.1:3142", List.of()))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("is a symbolic link in the machine's image");
        assertThat(elsewhere).isEmptyDirectory();
    }
}
