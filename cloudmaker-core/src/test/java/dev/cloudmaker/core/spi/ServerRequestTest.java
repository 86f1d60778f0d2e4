package dev.cloudmaker.core.spi;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ServerRequestTest {
    private final ServerRequest full = ServerRequest.builder("web1", "nyc3", "s-1vcpu-1gb", "debian-12-x64")
            .backups(true).ipv6(true).monitoring(true).vpcUuid("vpc-1").tags(List.of("team-a")).keyIds(List.of("42"))
            .userData("#cloud-config").namespace("shop").idempotencyKey("k1").build();

    @Test
    void aBuilderSetsEachFieldByNameAndLeavesTheRestOffOrEmpty() {
        assertThat(full).isEqualTo(new ServerRequest("web1", "nyc3", "s-1vcpu-1gb", "debian-12-x64", true, true, true, "vpc-1",
                List.of("team-a"), List.of("42"), "#cloud-config", "shop", "k1"));
        assertThat(ServerRequest.builder("db1", "fra1", "s-2vcpu-4gb", "debian-13-x64").build()).isEqualTo(new ServerRequest(
                "db1", "fra1", "s-2vcpu-4gb", "debian-13-x64", false, false, false, null, List.of(), List.of(), null, null, null));
    }

    @Test
    void toBuilderCopiesEveryFieldSoOnlyWhatIsSetChanges() {
        assertThat(full.toBuilder().build()).isEqualTo(full);
        ServerRequest copy = full.toBuilder().name("web2").image("snapshot-7").build();
        assertThat(copy.name()).isEqualTo("web2");
        assertThat(copy.image()).isEqualTo("snapshot-7");
        assertThat(copy.toBuilder().name("web1").image("debian-12-x64").build()).isEqualTo(full);
    }

    @Test
    void theShapeOfRequestsThatDifferOnlyByNameAndKeyIsTheSame() {
        ServerRequest other = full.toBuilder().name("web9").idempotencyKey("k9").build();
        assertThat(other.shape()).isEqualTo(full.shape());
        assertThat(full.shape().name()).isEmpty();
        assertThat(full.shape().idempotencyKey()).isNull();
        assertThat(full.toBuilder().region("fra1").build().shape()).isNotEqualTo(full.shape());
    }

    @Test
    void theBuilderKeepsNoLinkToTheListsItWasGiven() {
        List<String> tags = new ArrayList<>(List.of("a"));
        ServerRequestBuilder builder = ServerRequest.builder("web1", "nyc3", "s", "i").tags(tags);
        tags.add("b");
        assertThat(builder.build().tags()).containsExactly("a");
    }
}
