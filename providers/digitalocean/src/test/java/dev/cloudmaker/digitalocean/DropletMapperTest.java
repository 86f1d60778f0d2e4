package dev.cloudmaker.digitalocean;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cloudmaker.core.spi.CloudServer;
import dev.cloudmaker.core.spi.ServerStatus;
import org.junit.jupiter.api.Test;

/** Reading droplets as the API writes them, including the shapes older or partial answers take. */
class DropletMapperTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void readsAddressesWhateverTheirOrder() throws Exception {
        CloudServer s = DropletMapper.toServer(JSON.readTree("""
                {"id": 7, "name": "web", "status": "active", "locked": false, "size_slug": "s-1vcpu-1gb",
                 "region": {"slug": "nyc3"}, "image": {"slug": "debian-12-x64"}, "tags": ["cloudmaker:default"],
                 "features": ["backups", "ipv6"], "created_at": "2026-01-01T00:00:00Z",
                 "networks": {"v4": [{"type": "private", "ip_address": "10.0.0.2"}, {"type": "public", "ip_address": "203.0.113.5"}],
                              "v6": [{"type": "public", "ip_address": "2001:db8::5"}]}}"""));

        assertThat(s.id()).isEqualTo("7");
        assertThat(s.networking().publicIpv4()).isEqualTo("203.0.113.5");
        assertThat(s.networking().privateIpv4()).isEqualTo("10.0.0.2");
        assertThat(s.networking().publicIpv6()).isEqualTo("2001:db8::5");
        assertThat(s.backups()).isTrue();
        assertThat(s.ready()).isTrue();
        assertThat(s.tags()).containsExactly("cloudmaker:default");
    }

    @Test
    void toleratesMissingSlugsUnknownStatusAndBadDates() throws Exception {
        CloudServer s = DropletMapper.toServer(JSON.readTree("""
                {"id": 8, "name": "old", "status": "off", "size": {"slug": "s-2vcpu-4gb"}, "image": {"slug": null},
                 "created_at": "yesterday", "networks": {}}"""));

        assertThat(s.size()).isEqualTo("s-2vcpu-4gb");
        assertThat(s.image()).isNull();
        assertThat(s.status()).isEqualTo(ServerStatus.OFF);
        assertThat(s.createdAt()).isNull();
        assertThat(s.networking().isEmpty()).isTrue();
        assertThat(s.ready()).isFalse();
        assertThat(DropletMapper.toServer(JSON.readTree("{\"status\": \"weird\"}")).status()).isEqualTo(ServerStatus.UNKNOWN);
    }
}
