package dev.cloudmaker.core.spi;

import java.util.List;

/**
 * An image from the live catalogue or a private snapshot; {@code slug} may be null for private images, and
 * {@code named} is the namespace's name for a snapshot cloudmaker made (decoded by the provider; null otherwise).
 */
public record ImageInfo(String id, String slug, String name, String distribution, String type, List<String> regions, Named named) {
    public ImageInfo {
        regions = List.copyOf(regions);
    }
}
