package dev.cloudmaker.local;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class MountsTest {
    private final Mounts mounts = Mounts.parse(List.of(
            "/dev/vda / ext4 rw,relatime 0 0",
            "cloudmaker-nspawn /run/systemd/nspawn tmpfs rw,relatime,mode=755 0 0",
            "overlay /var/lib/cloudmaker/local/machines/cm01/root overlay rw,relatime,lowerdir=/images/debian-12/abc/rootfs,"
                    + "upperdir=/var/lib/cloudmaker/local/machines/cm01/upper,workdir=/var/lib/cloudmaker/local/machines/cm01/work 0 0",
            "overlay /with\\040space overlay ro,lowerdir=/a\\040b:/c 0 0"));

    @Test
    void anOverlaySaysWhichFolderItsLowerLayerIs() {
        Path root = Path.of("/var/lib/cloudmaker/local/machines/cm01/root");

        assertThat(mounts.on(root)).hasValueSatisfying(e -> {
            assertThat(e.fsType()).isEqualTo("overlay");
            assertThat(e.option("lowerdir")).contains("/images/debian-12/abc/rootfs");
            assertThat(e.option("workdir")).contains("/var/lib/cloudmaker/local/machines/cm01/work");
            assertThat(e.option("index")).isEmpty();
        });
        assertThat(mounts.on(Path.of("/with space")).flatMap(e -> e.option("lowerdir"))).contains("/a b:/c");
    }

    @Test
    void onlyTheExactPathIsAMountPoint() {
        assertThat(mounts.on(Path.of("/var/lib/cloudmaker/local/machines/cm01"))).isEmpty();
        assertThat(mounts.isMountPoint(Path.of("/run/systemd/nspawn"))).isTrue();
        assertThat(mounts.fsTypeOf(Path.of("/run/systemd/nspawn/propagate"))).isEqualTo("tmpfs");
        assertThat(mounts.sourceAt(Path.of("/run/systemd/nspawn"))).isEqualTo("cloudmaker-nspawn");
    }
}
