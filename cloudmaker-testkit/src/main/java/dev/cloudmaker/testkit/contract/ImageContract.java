package dev.cloudmaker.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;

import dev.cloudmaker.core.spi.CloudServer;
import dev.cloudmaker.core.spi.ImageInfo;
import dev.cloudmaker.core.spi.Images;
import dev.cloudmaker.core.spi.PowerAction;
import dev.cloudmaker.core.spi.ServerRequest;
import dev.cloudmaker.core.spi.ServerStatus;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * What every provider must do for images made from servers, as {@code image} and {@code recreate --from}
 * rely on it: a snapshot of a stopped server is named in the namespace, listed, makes new servers, and is
 * deleted once, a second delete doing no harm.
 */
public abstract class ImageContract extends NamespaceContract {
    private final List<String> made = new ArrayList<>();

    /** A valid request for a small server of this provider, with no tags and no keys. */
    protected abstract ServerRequest smallServer(String name);

    @AfterEach
    void removeImages() {
        made.forEach(images()::delete);
    }

    @Test
    void aSnapshotIsListedMakesNewServersAndIsDeletedOnce() {
        CloudServer server = ns().waitUntil(ns().create(smallServer("delta")), ServerStatus.ACTIVE, changeTimeout());
        ns().power(server, PowerAction.STOP, changeTimeout());
        ns().waitUntil(server, ServerStatus.OFF, changeTimeout());
        String imageName = ns().name() + "-delta";

        ImageInfo image = ns().snapshot(server, imageName, changeTimeout());
        made.add(image.id());

        assertThat(image.named()).isEqualTo(ns().snapshotName(imageName));
        assertThat(ns().findSnapshot(imageName)).map(ImageInfo::id).hasValue(image.id());
        assertThat(ns().snapshots()).extracting(ImageInfo::id).containsExactly(image.id());
        assertThat(images().list()).extracting(ImageInfo::id).contains(image.id());
        CloudServer copy = ns().waitUntil(ns().create(smallServer("delta-copy").toBuilder().image(image.id()).build()),
                ServerStatus.ACTIVE, changeTimeout());
        assertThat(copy.networking().publicIpv4()).isNotBlank();

        images().delete(image.id());
        assertThat(images().list()).extracting(ImageInfo::id).doesNotContain(image.id());
        assertThatNoException().as("deleting what is gone").isThrownBy(() -> images().delete(image.id()));
    }

    private Images images() {
        return connected().images();
    }
}
