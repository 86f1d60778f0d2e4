package dev.cloudmaker.local;

import dev.cloudmaker.core.spi.Catalog.SlugKind;
import dev.cloudmaker.core.spi.ImageInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class LocalCatalogTest {
    @TempDir
    Path images;

    @Test
    void listsBothDebianImagesAndWhetherEachIsBuilt() throws IOException {
        Files.createDirectories(images.resolve("debian-13").resolve(ImageStore.recipeId("trixie")).resolve("rootfs"));
        LocalCatalog catalog = new LocalCatalog(new ImageStore(images, null));

        assertThat(catalog.images()).extracting(ImageInfo::slug, ImageInfo::name, ImageInfo::type).containsExactly(
                tuple("debian-12", "Debian 12 (bookworm)", "built on first use"),
                tuple("debian-13", "Debian 13 (trixie)", "cached"));
    }

    @Test
    void aDropletsDebianSlugGetsTheLocalImageOfTheSameRelease() {
        LocalCatalog catalog = new LocalCatalog(new ImageStore(images, null));

        assertThat(catalog.replacement(SlugKind.IMAGE, "debian-13-x64")).contains("debian-13");
        assertThat(catalog.replacement(SlugKind.IMAGE, "debian-12-x64")).contains("debian-12");
        assertThat(catalog.replacement(SlugKind.IMAGE, "debian-11-x64")).contains("debian-12");
        assertThat(catalog.replacement(SlugKind.IMAGE, "ubuntu-24-04-x64")).isEmpty();
    }
}
