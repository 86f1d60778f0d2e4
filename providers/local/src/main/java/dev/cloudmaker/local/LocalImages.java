package dev.cloudmaker.local;

import dev.cloudmaker.core.spi.CloudmakerTags;
import dev.cloudmaker.core.spi.ImageInfo;
import dev.cloudmaker.core.spi.Images;
import dev.cloudmaker.core.spi.Named;
import java.time.Duration;
import java.util.List;

/** Snapshots of stopped machines (see {@link Snapshots}), named as {@link CloudmakerTags} spells them. */
final class LocalImages implements Images {
    private final LocalMachines machines;
    private final LocalCatalog catalog;

    LocalImages(LocalMachines machines, LocalCatalog catalog) {
        this.machines = machines;
        this.catalog = catalog;
    }

    /** The machine must be stopped. */
    @Override
    public ImageInfo snapshot(String serverId, Named name, Duration timeout) {
        return LocalCatalog.imageOf(machines.snapshot(serverId, CloudmakerTags.name(name), timeout));
    }

    @Override
    public List<ImageInfo> list() {
        return catalog.snapshots();
    }

    @Override
    public void delete(String imageId) {
        machines.deleteSnapshot(imageId);
    }
}
