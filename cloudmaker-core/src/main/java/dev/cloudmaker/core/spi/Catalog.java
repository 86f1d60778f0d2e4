package dev.cloudmaker.core.spi;

import java.util.List;
import java.util.Optional;

/** What the provider offers right now, read live; and its advice for slugs it has retired or that are misspelt. */
public interface Catalog {
    List<RegionInfo> regions();

    List<SizeInfo> sizes();

    /** The size the cloud gives a server created without one, where it names one; empty by default. */
    default Optional<SizeInfo> defaultSize() {
        return Optional.empty();
    }

    /** An image by slug or id; empty when the provider has none by that name. */
    Optional<ImageInfo> image(String slugOrId);

    List<ImageInfo> images();

    /** The current slug that replaced a retired one ({@code 1gb} → {@code s-1vcpu-1gb}), if the provider knows. */
    Optional<String> replacement(SlugKind kind, String retiredSlug);

    /**
     * The offered slug nearest to one that does not exist (a typo, a version no longer there), for a did-you-mean;
     * unlike {@link #replacement} it claims no retirement. Empty when the provider has no better guess than the
     * shared prefix the check falls back to.
     */
    default Optional<String> nearest(SlugKind kind, String slug) {
        return Optional.empty();
    }

    enum SlugKind { REGION, SIZE, IMAGE }
}
