package dev.cloudmaker.ssh;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cloudmaker.core.model.SshPublicKey;
import dev.cloudmaker.core.state.HostKeyPin;
import dev.cloudmaker.core.state.KnownHostsFile;
import dev.cloudmaker.testkit.SshKeys;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The file store's pins, here where keys are made and OpenSSH's own tools read the file back. */
class KnownHostsFileTest {
    @TempDir
    Path dir;

    @Test
    void pinAddsReplacesInPlaceAndRemoveKeepsEveryOtherLine() throws Exception {
        Path file = dir.resolve("known_hosts");
        String foreign = "github.com ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOMqqnkVzrm0SdG6UOoqKLsabgH5C9okWi0dh2l9GKJl";
        Files.writeString(file, "# mine\n" + foreign + "\n");
        KnownHostsFile hosts = KnownHostsFile.at(file);
        SshPublicKey k1 = key();
        SshPublicKey k2 = key();
        SshPublicKey k3 = key();

        hosts.pin("web1", List.of("203.0.113.5", "10.0.0.2"), 22, k1);
        hosts.pin("db1", List.of("203.0.113.6"), 22, SshPublicKey.parse(k2.line() + " root@db1"));
        assertThat(Files.readAllLines(file)).containsExactly(
                "# mine", foreign, "web1,203.0.113.5,10.0.0.2 " + k1.line(), "db1,203.0.113.6 " + k2.line());

        HostKeyPin replaced = hosts.pin("web1", List.of("203.0.113.9"), 22, k3);
        assertThat(Files.readAllLines(file)).containsExactly(
                "# mine", foreign, "web1,203.0.113.9 " + k3.line(), "db1,203.0.113.6 " + k2.line());
        assertThat(replaced.location()).isEqualTo(file.toAbsolutePath() + " line 3");
        assertThat(replaced.removal()).isEqualTo("remove line 3 from " + file.toAbsolutePath());

        assertThat(hosts.remove("web1")).isTrue();
        assertThat(hosts.remove("web1")).isFalse();
        assertThat(Files.readAllLines(file)).containsExactly("# mine", foreign, "db1,203.0.113.6 " + k2.line());
    }

    @Test
    void lookupFindsTheServersLineOnly() {
        KnownHostsFile hosts = KnownHostsFile.at(dir.resolve("sub/known_hosts"));
        SshPublicKey key = key();
        hosts.pin("web1", List.of("10.0.0.2"), 22, key);
        hosts.pin("web10", List.of("10.0.0.3"), 22, key());

        HostKeyPin pin = hosts.lookup("web1").orElseThrow();
        assertThat(pin.key()).isEqualTo(key);
        assertThat(pin.hostPatterns()).containsExactly("web1", "10.0.0.2");
        assertThat(pin.location()).isEqualTo(dir.resolve("sub/known_hosts") + " line 2"); // after the header comment of a new file
        assertThat(hosts.lookup("web")).isEmpty();
        assertThat(hosts.lookup("10.0.0.2")).isEmpty(); // looked up by name, not address
        assertThat(KnownHostsFile.at(dir.resolve("absent")).lookup("web1")).isEmpty();
    }

    @Test
    void aPortOtherThan22IsWrittenTheWaySshLooksItUp() {
        Path file = dir.resolve("known_hosts");
        KnownHostsFile hosts = KnownHostsFile.at(file);
        SshPublicKey key = key();

        HostKeyPin pin = hosts.pin("web1", List.of("10.0.0.2", "2001:db8::1"), 2222, key);

        assertThat(pin.line()).isEqualTo("web1,[10.0.0.2]:2222,[2001:db8::1]:2222 " + key.line());
    }

    @Test
    void sshKeygenFindsTheEntriesByNameAndByAddress() {
        OpenSsh.assumeInstalled("ssh-keygen");
        Path file = dir.resolve("known_hosts");
        KnownHostsFile hosts = KnownHostsFile.at(file);
        SshPublicKey key = key();
        hosts.pin("web1", List.of("10.0.0.2"), 22, key);
        hosts.pin("web2", List.of("10.0.0.3"), 2222, key());

        for (String host : List.of("web1", "10.0.0.2", "web2", "[10.0.0.3]:2222")) {
            OpenSsh.Result found = OpenSsh.run("ssh-keygen", "-F", host, "-f", file.toString());
            assertThat(found.exitCode()).as(host + ": " + found.output()).isZero();
        }
        assertThat(OpenSsh.run("ssh-keygen", "-F", "web1", "-f", file.toString()).output()).contains(key.line());
        assertThat(OpenSsh.run("ssh-keygen", "-F", "10.0.0.3", "-f", file.toString()).exitCode()).isNotZero();
    }

    @Test
    void parallelPinsOfDifferentServersAllLand() {
        Path file = dir.resolve("known_hosts");
        try (ExecutorService pool = Executors.newFixedThreadPool(8)) {
            List<CompletableFuture<HostKeyPin>> pins = IntStream.range(0, 8)
                    .mapToObj(i -> CompletableFuture.supplyAsync(() -> KnownHostsFile.at(file)
                            .pin("server" + i, List.of("10.0.0." + i), 22, SshPublicKey.parse(SshKeys.ed25519Line(""))), pool))
                    .toList();
            pins.forEach(CompletableFuture::join);
        }

        KnownHostsFile hosts = KnownHostsFile.at(file);
        IntStream.range(0, 8).forEach(i -> assertThat(hosts.lookup("server" + i)).isPresent());
    }

    @Test
    void refusesNamesAndAddressesThatWouldBreakTheFormat() {
        KnownHostsFile hosts = KnownHostsFile.at(dir.resolve("known_hosts"));
        SshPublicKey key = key();

        assertThatThrownBy(() -> hosts.pin("web 1", List.of(), 22, key)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> hosts.pin("*", List.of(), 22, key)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> hosts.pin("web1", List.of("a,b"), 22, key)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> hosts.pin("web1", List.of(), 0, key)).isInstanceOf(IllegalArgumentException.class);
        assertThat(dir.resolve("known_hosts")).doesNotExist();
    }

    private static SshPublicKey key() {
        return HostKeyPair.generate().sshPublicKey();
    }
}
