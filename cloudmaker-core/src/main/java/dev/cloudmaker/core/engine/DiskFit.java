package dev.cloudmaker.core.engine;

import dev.cloudmaker.core.plan.PlanException;
import dev.cloudmaker.core.spi.Catalog;
import dev.cloudmaker.core.spi.CloudServer;
import dev.cloudmaker.core.spi.SizeInfo;
import java.util.Optional;

/**
 * A disk cannot shrink: a size whose disk is smaller than the server's disk is refused before anything
 * changes (DigitalOcean's API refuses the resize; a resize of CPU and memory keeps the disk, so a server
 * resized up and back keeps its larger disk). A cloud that does not report disks (0) sets no limit here.
 */
public final class DiskFit {
    private DiskFit() {
    }

    /** Why {@code server} cannot take {@code toSize}, naming both disks; empty when it can (or the catalogue does not say). */
    public static Optional<String> problem(CloudServer server, String toSize, Catalog catalog) {
        if (server.diskGb() <= 0) {
            return Optional.empty();
        }
        return catalog.sizes().stream().filter(s -> s.slug().equals(toSize)).findFirst()
                .filter(s -> s.diskGb() > 0 && s.diskGb() < server.diskGb())
                .map(s -> describe(server, s));
    }

    /** Throws the {@link #problem} as a {@link PlanException}: nothing has been changed yet. */
    public static void require(CloudServer server, String toSize, Catalog catalog) {
        problem(server, toSize, catalog).ifPresent(p -> {
            throw new PlanException(p);
        });
    }

    private static String describe(CloudServer server, SizeInfo size) {
        return server.name() + " cannot be resized to " + size.slug() + ": its disk is " + server.diskGb() + " GB and "
                + size.slug() + " has a " + size.diskGb() + " GB disk (a disk cannot shrink); choose a size with at least "
                + server.diskGb() + " GB of disk (`cloudmaker sizes`), or keep " + server.size();
    }
}
