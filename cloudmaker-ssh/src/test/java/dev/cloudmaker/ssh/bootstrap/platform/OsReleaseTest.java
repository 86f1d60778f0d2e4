package dev.cloudmaker.ssh.bootstrap.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cloudmaker.ssh.bootstrap.Distro;
import dev.cloudmaker.ssh.bootstrap.Family;
import dev.cloudmaker.ssh.bootstrap.fake.FakeServer;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OsReleaseTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            debian-12       | debian    |                     | 12    | 12 | Debian GNU/Linux 12 (bookworm)  | DEBIAN
            ubuntu-24.04    | ubuntu    | debian              | 24.04 | 24 | Ubuntu 24.04.1 LTS              | DEBIAN
            fedora-41       | fedora    |                     | 41    | 41 | Fedora Linux 41 (Cloud Edition) | REDHAT
            rocky-9         | rocky     | rhel centos fedora  | 9.4   | 9  | Rocky Linux 9.4 (Blue Onyx)     | REDHAT
            almalinux-9     | almalinux | rhel centos fedora  | 9.4   | 9  | AlmaLinux 9.4 (Seafoam Ocelot)  | REDHAT
            centos-stream-9 | centos    | rhel fedora         | 9     | 9  | CentOS Stream 9                 | REDHAT
            arch            | arch      |                     |       |    | Arch Linux                      | ARCH
            freebsd-14      | freebsd   |                     | 14.1  | 14 | FreeBSD 14.1-RELEASE            | FREEBSD
            """)
    void readsTheDistributions(String file, String id, String idLike, String version, String major, String pretty, Family family) {
        Distro d = OsRelease.distro(FakeServer.resource("/os-release/" + file));
        assertThat(d.id()).isEqualTo(id);
        assertThat(d.idLike()).isEqualTo(idLike == null ? List.of() : List.of(idLike.split(" ")));
        assertThat(d.versionId()).isEqualTo(version == null ? "" : version);
        assertThat(d.majorVersion()).isEqualTo(major == null ? "" : major);
        assertThat(d.prettyName()).isEqualTo(pretty);
        assertThat(d.family()).isEqualTo(family);
    }

    @Test
    void anUnknownDistributionNamesWhatWasFoundAndWhatIsSupported() {
        assertThatThrownBy(() -> OsRelease.distro(FakeServer.resource("/os-release/opensuse-leap-15")))
                .isInstanceOf(UnsupportedDistroException.class)
                .hasMessage("unsupported distribution openSUSE Leap 15.6 (ID=opensuse-leap, ID_LIKE=suse opensuse);"
                        + " the bootstrap supports debian, ubuntu, fedora, rocky, almalinux, centos, rhel, arch, freebsd");
    }

    @Test
    void aDerivativeIsKnownByItsIdLike() {
        Distro mint = OsRelease.distro("ID=linuxmint\nID_LIKE=\"ubuntu debian\"\nVERSION_ID=\"22\"\nPRETTY_NAME=\"Linux Mint 22\"\n");
        assertThat(mint.family()).isEqualTo(Family.DEBIAN);
    }

    @Test
    void anOldFreeBsdWithoutOsReleaseIsKnownByUname() {
        Distro d = OsRelease.distro("FreeBSD 12.4-RELEASE-p9\n");
        assertThat(d).isEqualTo(new Distro("freebsd", List.of(), "12.4", "FreeBSD 12.4-RELEASE-p9", Family.FREEBSD));
        assertThatThrownBy(() -> OsRelease.distro("Linux 6.1.0-28-amd64\n")).isInstanceOf(UnsupportedDistroException.class)
                .hasMessageContaining("uname says 'Linux 6.1.0-28-amd64'").hasMessageContaining("debian, ubuntu");
    }

    @Test
    void parsesQuotingAsOsReleaseDefinesIt() {
        assertThat(OsRelease.parse("""
                # a comment
                NAME="A \\"quoted\\" \\$name \\\\ here"
                ID='single'
                BARE=value
                EMPTY=
                lower=ignored
                not a line
                """)).containsExactly(
                java.util.Map.entry("NAME", "A \"quoted\" $name \\ here"),
                java.util.Map.entry("ID", "single"),
                java.util.Map.entry("BARE", "value"),
                java.util.Map.entry("EMPTY", ""));
    }
}
