package dev.cloudmaker.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cloudmaker.api.Namespace;
import dev.cloudmaker.core.spi.CloudServer;
import dev.cloudmaker.core.spi.Mark;
import dev.cloudmaker.core.spi.PowerAction;
import dev.cloudmaker.core.spi.ServerRequest;
import dev.cloudmaker.core.spi.ServerStatus;
import dev.cloudmaker.core.spi.Servers;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What every provider must do for servers, as the engine, the CLI and the library rely on it: create, find
 * by namespace and id, power, resize, tags and marks, adoption, and deletes that are safe to repeat.
 */
public abstract class ServerContract extends NamespaceContract {

    /** A valid request for a small server of this provider, with no tags and no keys. */
    protected abstract ServerRequest smallServer(String name);

    /** A size the small server can be resized to. */
    protected abstract String otherSize();

    @Test
    void aCreatedServerIsListedInItsNamespaceFoundByIdAndGoneAfterDelete() {
        CloudServer made = ns().create(smallServer("alpha"));

        CloudServer running = ns().waitUntil(made, ServerStatus.ACTIVE, changeTimeout());
        assertThat(running.networking().publicIpv4()).isNotBlank();
        assertThat(ns().servers()).extracting(CloudServer::id).containsExactly(made.id());
        assertThat(servers().get(made.id())).hasValueSatisfying(s -> {
            assertThat(s.name()).isEqualTo("alpha");
            assertThat(s.namespace()).isEqualTo(ns().name());
            assertThat(s.poweredOffForResize()).isFalse();
        });

        ns().delete(running);

        assertThat(servers().get(made.id())).isEmpty();
        assertThat(ns().servers()).isEmpty();
        assertThatNoException().as("deleting what is gone").isThrownBy(() -> servers().delete(made.id()));
    }

    @Test
    void aServerStopsStartsAndRebootsAndRepeatedRequestsChangeNothing() {
        CloudServer server = ns().waitUntil(ns().create(smallServer("beta")), ServerStatus.ACTIVE, changeTimeout());

        ns().power(server, PowerAction.STOP, changeTimeout());
        CloudServer off = ns().waitUntil(server, ServerStatus.OFF, changeTimeout());
        assertThat(off.status()).isEqualTo(ServerStatus.OFF);
        ns().power(server, PowerAction.STOP, changeTimeout());
        assertThat(ns().waitUntil(server, ServerStatus.OFF, changeTimeout()).status()).as("stopping a stopped server")
                .isEqualTo(ServerStatus.OFF);

        ns().power(server, PowerAction.START, changeTimeout());
        CloudServer on = ns().waitUntil(server, ServerStatus.ACTIVE, changeTimeout());
        if (connected().capabilities().stableAddresses()) {
            assertThat(on.networking().publicIpv4()).as("the address survives a stop")
                    .isEqualTo(server.networking().publicIpv4());
        }

        ns().power(server, PowerAction.REBOOT, changeTimeout());
        assertThat(ns().waitUntil(server, ServerStatus.ACTIVE, changeTimeout()).id()).isEqualTo(server.id());
    }

    @Test
    void aStoppedServerIsResized() {
        CloudServer server = ns().waitUntil(ns().create(smallServer("gamma")), ServerStatus.ACTIVE, changeTimeout());
        ns().power(server, PowerAction.STOP, changeTimeout());
        ns().waitUntil(server, ServerStatus.OFF, changeTimeout());

        ns().resize(server, otherSize(), changeTimeout());

        assertThat(servers().get(server.id())).hasValueSatisfying(s -> assertThat(s.size()).isEqualTo(otherSize()));
    }

    @Test
    void tagsAndMarksAreAddedAndRemovedTwiceWithoutHarm() {
        CloudServer server = ns().create(smallServer("epsilon"));
        String extra = "extra-" + ns().name();

        ns().tag(server, extra);
        ns().tag(server, extra);
        servers().mark(server.id(), new Mark.PoweredOffForResize(), true);
        servers().mark(server.id(), new Mark.PoweredOffForResize(), true);
        assertThat(servers().get(server.id())).hasValueSatisfying(s -> {
            assertThat(s.tags()).contains(extra);
            assertThat(s.poweredOffForResize()).isTrue();
            assertThat(s.namespace()).as("a mark is no namespace").isEqualTo(ns().name());
        });

        ns().untag(server, extra);
        ns().untag(server, extra);
        servers().mark(server.id(), new Mark.PoweredOffForResize(), false);
        servers().mark(server.id(), new Mark.PoweredOffForResize(), false);
        assertThat(servers().get(server.id())).hasValueSatisfying(s -> {
            assertThat(s.tags()).doesNotContain(extra);
            assertThat(s.poweredOffForResize()).isFalse();
        });
        assertThat(ns().servers()).extracting(CloudServer::id).containsExactly(server.id());
    }

    @Test
    void aServerFromOutsideIsAdoptedOnlyUnderItsOwnName() {
        String outsideTag = "outside-" + ns().name();
        CloudServer outsider = servers().create(smallServer("zeta").toBuilder().tags(List.of(outsideTag)).build());
        try {
            assertThat(ns().servers()).isEmpty();
            assertThatThrownBy(() -> ns().adopt(outsider.id(), "eta")).as("adopting under another name")
                    .hasMessageContaining("is named zeta");

            CloudServer adopted = ns().adopt(outsider.id(), "zeta");

            assertThat(adopted.namespace()).isEqualTo(ns().name());
            assertThat(adopted.tags()).contains(outsideTag);
            assertThat(ns().servers()).extracting(CloudServer::id).containsExactly(outsider.id());
        } finally {
            servers().delete(outsider.id());
        }
    }

    @Test
    void aServerOfAnotherNamespaceIsNeitherSeenNorAdopted() {
        Namespace other = cloud().namespace(ns().name() + "-other");
        CloudServer theirs = other.create(smallServer("theta"));
        try {
            assertThat(ns().servers()).isEmpty();
            assertThatThrownBy(() -> ns().adopt(theirs.id(), "theta"))
                    .hasMessageContaining("belongs to namespace " + other.name());
            assertThat(servers().get(theirs.id()))
                    .hasValueSatisfying(s -> assertThat(s.namespace()).isEqualTo(other.name()));
        } finally {
            servers().delete(theirs.id());
        }
    }

    private Servers servers() {
        return connected().servers();
    }
}
