package dev.cloudmaker.ssh.fleet;

import dev.cloudmaker.core.model.Networking;
import dev.cloudmaker.core.spi.CloudServer;
import dev.cloudmaker.core.spi.ServerStatus;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ServerLoginTest {
    @ParameterizedTest
    @ValueSource(strings = {"192.0.2.10", "198.51.100.7", "203.0.113.2"})
    void refusesAddressesEmulatorsHandOut(String address) {
        assertThatThrownBy(() -> ServerLogin.refuseDocumentationAddress(server(address)))
                .hasMessage("web: refusing to connect to " + address + ", an address reserved for documentation and emulators, not a server's");
    }

    @ParameterizedTest
    @ValueSource(strings = {"10.213.0.2", "192.0.20.1", "203.0.114.2", "159.203.1.1"})
    void letsOtherAddressesThrough(String address) {
        assertThatCode(() -> ServerLogin.refuseDocumentationAddress(server(address))).doesNotThrowAnyException();
    }

    private static CloudServer server(String address) {
        return new CloudServer("1", "web", "nyc3", "s", "debian-12", ServerStatus.ACTIVE, false, false, List.of(), null, false,
                new Networking(address, null, null), Instant.EPOCH, "digitalocean");
    }
}
