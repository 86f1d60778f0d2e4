package dev.cloudmaker.core.spi;

import dev.cloudmaker.core.model.Networking;
import dev.cloudmaker.core.model.ServerSpec;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ServerChangeTest {
    private static final ServerSpec WANT = new ServerSpec("web1", "do", "nyc3", "s-1vcpu-1gb", "debian-12-x64", false, List.of(),
            null, false, null, List.of(), null, null);

    @Test
    void aServerAsDeclaredNeedsNothing() {
        assertThat(ServerChange.byEquality(WANT, have("nyc3", "s-1vcpu-1gb", "debian-12-x64", false)))
                .isEqualTo(new ServerChange(false, List.of()));
    }

    @Test
    void anotherRegionOrImageIsAReplacementAndAnotherSizeAResize() {
        ServerChange change = ServerChange.byEquality(WANT, have("ams3", "s-2vcpu-2gb", "ubuntu-24-04-x64", false));

        assertThat(change.replaceReasons()).containsExactly("region ams3 → nyc3", "image ubuntu-24-04-x64 → debian-12-x64");
        assertThat(change.resize()).isTrue();
    }

    @Test
    void aServerWithoutAnImageSlugIsNoImageChangeAndAnUnfinishedResizeIsResumed() {
        ServerChange change = ServerChange.byEquality(WANT, have("nyc3", "s-1vcpu-1gb", null, true));

        assertThat(change.replaceReasons()).isEmpty();
        assertThat(change.resize()).as("powered off for a resize by a run that was cut off").isTrue();
    }

    private static CloudServer have(String region, String size, String image, boolean poweredOffForResize) {
        return new CloudServer("1", "web1", region, size, image, ServerStatus.ACTIVE, false, false, List.of(), "shop",
                poweredOffForResize, new Networking("192.0.2.1", null, null), Instant.EPOCH, "do");
    }
}
