package dev.cloudmaker.core.spi;

import java.util.List;

/** An image from the live catalogue; {@code slug} may be null for private images. */
public record ImageInfo(String id, String slug, String name, String distribution, String type, List<String> regions) {
    public ImageInfo {
        regions = List.copyOf(regions);
    }
}
