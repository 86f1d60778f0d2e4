package dev.cloudmaker.testkit;

import dev.cloudmaker.api.Cloud;
import dev.cloudmaker.api.Namespace;
import dev.cloudmaker.api.NamespaceKey;
import dev.cloudmaker.core.model.SshPublicKey;
import dev.cloudmaker.core.spi.CloudServer;
import dev.cloudmaker.core.spi.ImageInfo;
import dev.cloudmaker.core.spi.Mark;
import dev.cloudmaker.core.spi.Named;
import dev.cloudmaker.core.spi.PowerAction;
import dev.cloudmaker.core.spi.Provider;
import dev.cloudmaker.core.spi.ServerRequest;
import dev.cloudmaker.core.spi.ServerStatus;
import dev.cloudmaker.core.spi.Servers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What every provider must do for servers after they exist, as the CLI and the library rely on it.
 * A provider's test extends this class and says how to reach the provider and what a valid small
 * server is; everything a test makes is removed afterwards, even when it fails. Each test uses a
 * namespace of its own, so a provider shared with other tests is safe.
 */
public abstract class ProviderContract {
    private Cloud cloud;
    private Namespace ns;
    private final List<String> snapshots = new ArrayList<>();
    private final List<String> keys = new ArrayList<>();

    /** A provider to test; closed after each test. */
    protected abstract Provider provider();

    /** A valid request for a small server of this provider, with no tags and no keys. */
    protected abstract ServerRequest smallServer(String name);

    /** A size the small server can be resized to. */
    protected abstract String otherSize();

    /** How long this provider may take for one change (a boot, a power change, a snapshot). */
    protected Duration changeTimeout() {
        return Duration.ofMinutes(2);
    }

    @BeforeEach
    void connect() {
        cloud = Cloud.of(provider());
        ns = cloud.namespace("contract-" + UUID.randomUUID().toString().substring(0, 8));
    }

    @AfterEach
    void removeEverythingMade() {
        try {
            ns.servers().forEach(ns::delete);
            snapshots.forEach(cloud.provider().images()::delete);
            keys.forEach(cloud.provider().keys()::delete);
        } finally {
            cloud.close();
        }
    }

    @Test
    void aCreatedServerIsListedInItsNamespaceFoundByIdAndGoneAfterDelete() {
        CloudServer made = ns.create(smallServer("alpha"));

        CloudServer running = ns.waitUntil(made, ServerStatus.ACTIVE, changeTimeout());
        assertThat(running.networking().publicIpv4()).isNotBlank();
        assertThat(ns.servers()).extracting(CloudServer::id).containsExactly(made.id());
        assertThat(servers().get(made.id())).hasValueSatisfying(s -> {
            assertThat(s.name()).isEqualTo("alpha");
            assertThat(s.namespace()).isEqualTo(ns.name());
            assertThat(s.poweredOffForResize()).isFalse();
        });

        ns.delete(running);

        assertThat(servers().get(made.id())).isEmpty();
        assertThat(ns.servers()).isEmpty();
        assertThatNoException().as("deleting what is gone").isThrownBy(() -> servers().delete(made.id()));
    }

    @Test
    void anUnknownIdIsNoServer() {
        assertThat(servers().get("999999999")).isEmpty();
    }

    @Test
    void aServerStopsStartsAndRebootsAndRepeatedRequestsChangeNothing() {
        CloudServer server = ns.waitUntil(ns.create(smallServer("beta")), ServerStatus.ACTIVE, changeTimeout());

        ns.power(server, PowerAction.STOP, changeTimeout());
        CloudServer off = ns.waitUntil(server, ServerStatus.OFF, changeTimeout());
        assertThat(off.status()).isEqualTo(ServerStatus.OFF);
        ns.power(server, PowerAction.STOP, changeTimeout());
        assertThat(ns.waitUntil(server, ServerStatus.OFF, changeTimeout()).status()).as("stopping a stopped server").isEqualTo(ServerStatus.OFF);

        ns.power(server, PowerAction.START, changeTimeout());
        CloudServer on = ns.waitUntil(server, ServerStatus.ACTIVE, changeTimeout());
        if (cloud.provider().capabilities().stableAddresses()) {
            assertThat(on.networking().publicIpv4()).as("the address survives a stop").isEqualTo(server.networking().publicIpv4());
        }

        ns.power(server, PowerAction.REBOOT, changeTimeout());
        assertThat(ns.waitUntil(server, ServerStatus.ACTIVE, changeTimeout()).id()).isEqualTo(server.id());
    }

    @Test
    void aStoppedServerIsResized() {
        CloudServer server = ns.waitUntil(ns.create(smallServer("gamma")), ServerStatus.ACTIVE, changeTimeout());
        ns.power(server, PowerAction.STOP, changeTimeout());
        ns.waitUntil(server, ServerStatus.OFF, changeTimeout());

        ns.resize(server, otherSize(), changeTimeout());

        assertThat(servers().get(server.id())).hasValueSatisfying(s -> assertThat(s.size()).isEqualTo(otherSize()));
    }

    @Test
    void aSnapshotIsListedMakesNewServersAndIsDeletedOnce() {
        CloudServer server = ns.waitUntil(ns.create(smallServer("delta")), ServerStatus.ACTIVE, changeTimeout());
        ns.power(server, PowerAction.STOP, changeTimeout());
        ns.waitUntil(server, ServerStatus.OFF, changeTimeout());
        String imageName = ns.name() + "-delta";

        ImageInfo image = ns.snapshot(server, imageName, changeTimeout());
        snapshots.add(image.id());

        assertThat(image.named()).isEqualTo(ns.snapshotName(imageName));
        assertThat(ns.findSnapshot(imageName)).map(ImageInfo::id).hasValue(image.id());
        assertThat(ns.snapshots()).extracting(ImageInfo::id).containsExactly(image.id());
        assertThat(cloud.provider().images().list()).extracting(ImageInfo::id).contains(image.id());
        ServerRequest fromImage = smallServer("delta-copy").toBuilder().image(image.id()).build();
        CloudServer copy = ns.waitUntil(ns.create(fromImage), ServerStatus.ACTIVE, changeTimeout());
        assertThat(copy.networking().publicIpv4()).isNotBlank();

        cloud.provider().images().delete(image.id());
        assertThat(cloud.provider().images().list()).extracting(ImageInfo::id).doesNotContain(image.id());
        assertThatNoException().as("deleting what is gone").isThrownBy(() -> cloud.provider().images().delete(image.id()));
    }

    @Test
    void tagsAndMarksAreAddedAndRemovedTwiceWithoutHarm() {
        CloudServer server = ns.create(smallServer("epsilon"));
        String extra = "extra-" + ns.name();

        ns.tag(server, extra);
        ns.tag(server, extra);
        servers().mark(server.id(), new Mark.PoweredOffForResize(), true);
        servers().mark(server.id(), new Mark.PoweredOffForResize(), true);
        assertThat(servers().get(server.id())).hasValueSatisfying(s -> {
            assertThat(s.tags()).contains(extra);
            assertThat(s.poweredOffForResize()).isTrue();
            assertThat(s.namespace()).as("a mark is no namespace").isEqualTo(ns.name());
        });

        ns.untag(server, extra);
        ns.untag(server, extra);
        servers().mark(server.id(), new Mark.PoweredOffForResize(), false);
        servers().mark(server.id(), new Mark.PoweredOffForResize(), false);
        assertThat(servers().get(server.id())).hasValueSatisfying(s -> {
            assertThat(s.tags()).doesNotContain(extra);
            assertThat(s.poweredOffForResize()).isFalse();
        });
        assertThat(ns.servers()).extracting(CloudServer::id).containsExactly(server.id());
    }

    @Test
    void aServerFromOutsideIsAdoptedOnlyUnderItsOwnName() {
        String outsideTag = "outside-" + ns.name();
        CloudServer outsider = servers().create(smallServer("zeta").toBuilder().tags(List.of(outsideTag)).build());
        try {
            assertThat(ns.servers()).isEmpty();
            assertThatThrownBy(() -> ns.adopt(outsider.id(), "eta")).as("adopting under another name")
                    .hasMessageContaining("is named zeta");

            CloudServer adopted = ns.adopt(outsider.id(), "zeta");

            assertThat(adopted.namespace()).isEqualTo(ns.name());
            assertThat(adopted.tags()).contains(outsideTag);
            assertThat(ns.servers()).extracting(CloudServer::id).containsExactly(outsider.id());
        } finally {
            servers().delete(outsider.id());
        }
    }

    @Test
    void aServerOfAnotherNamespaceIsNeitherSeenNorAdopted() {
        Namespace other = cloud.namespace(ns.name() + "-other");
        CloudServer theirs = other.create(smallServer("theta"));
        try {
            assertThat(ns.servers()).isEmpty();
            assertThatThrownBy(() -> ns.adopt(theirs.id(), "theta")).hasMessageContaining("belongs to namespace " + other.name());
            assertThat(servers().get(theirs.id())).hasValueSatisfying(s -> assertThat(s.namespace()).isEqualTo(other.name()));
        } finally {
            servers().delete(theirs.id());
        }
    }

    @Test
    void namespaceKeysAreAddedListedWithTheirPublicKeyAndRemoved() {
        SshPublicKey key = SshPublicKey.parse(SshKeys.ed25519Line("contract@test"));

        NamespaceKey added = ns.addKey("alice", key);
        keys.add(added.key().id());

        assertThat(ns.addKey("alice", key).key().id()).as("adding the same key again").isEqualTo(added.key().id());
        assertThat(ns.keys()).singleElement().satisfies(k -> {
            assertThat(k.name()).isEqualTo("alice");
            assertThat(k.key().named()).isEqualTo(new Named(ns.name(), "alice"));
            assertThat(k.key().holds(key)).as("the registered key holds the same blob").isTrue();
        });
        assertThat(cloud.provider().keys().list()).extracting(k -> k.id()).contains(added.key().id());

        assertThat(ns.removeKey("alice")).isTrue();
        assertThat(ns.keys()).isEmpty();
        assertThat(ns.removeKey("alice")).isFalse();
        assertThatNoException().as("deleting what is gone").isThrownBy(() -> cloud.provider().keys().delete(added.key().id()));
    }

    private Servers servers() {
        return cloud.provider().servers();
    }
}
