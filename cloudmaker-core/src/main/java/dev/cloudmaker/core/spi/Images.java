package dev.cloudmaker.core.spi;

import java.time.Duration;
import java.util.List;

/** The private images (snapshots) of an account. */
public interface Images {
    /**
     * Saves the server's disk as a private image named from {@code name} and returns it once it can be used
     * to create servers (its id goes into {@link ServerRequest#image()}). Waits at most {@code timeout}.
     */
    ImageInfo snapshot(String serverId, Named name, Duration timeout);

    /** The account's private images made from servers, whoever made them. */
    List<ImageInfo> list();

    /** Deleting a snapshot that is already gone is not an error. */
    void delete(String imageId);
}
