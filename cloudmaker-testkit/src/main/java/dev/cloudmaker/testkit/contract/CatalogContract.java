package dev.cloudmaker.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;

import dev.cloudmaker.core.spi.Catalog;
import dev.cloudmaker.core.spi.ImageInfo;
import dev.cloudmaker.core.spi.RegionInfo;
import dev.cloudmaker.core.spi.SizeInfo;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every provider's catalogue must give the catalogue check and the catalogue commands: regions, sizes
 * and images with unique slugs, sizes offered only in regions that exist, images found again by the slug or
 * id they are listed with, and a plain "none" (never an error) for what does not exist.
 */
public abstract class CatalogContract {
    private Catalog catalog;

    protected abstract Catalog catalog();

    @BeforeEach
    void read() {
        catalog = catalog();
    }

    @Test
    void regionsSizesAndImagesAreListedWithUniqueSlugs() {
        assertThat(catalog.regions()).isNotEmpty().extracting(RegionInfo::slug).doesNotHaveDuplicates();
        assertThat(catalog.sizes()).isNotEmpty().extracting(SizeInfo::slug).doesNotHaveDuplicates();
        assertThat(catalog.images()).isNotEmpty();
    }

    @Test
    void aSizeIsOfferedOnlyInRegionsThatExist() {
        Set<String> regions = catalog.regions().stream().map(RegionInfo::slug).collect(Collectors.toSet());
        for (SizeInfo size : catalog.sizes()) {
            assertThat(regions).as("regions of size %s", size.slug()).containsAll(size.regions());
        }
    }

    @Test
    void eachListedImageIsFoundAgainByItsSlugOrId() {
        List<ImageInfo> images = catalog.images();
        for (ImageInfo image : images.subList(0, Math.min(5, images.size()))) {
            String key = image.slug() != null ? image.slug() : image.id();
            assertThat(catalog.image(key)).as("image %s", key).isPresent();
        }
    }

    @Test
    void whatDoesNotExistIsNoneNotAnError() {
        assertThat(catalog.image("no-such-image-" + System.nanoTime())).isEmpty();
        assertThatNoException().isThrownBy(() -> catalog.replacement(Catalog.SlugKind.SIZE, "no-such-size"));
    }
}
