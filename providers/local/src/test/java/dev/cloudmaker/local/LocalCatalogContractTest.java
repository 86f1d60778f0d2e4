package dev.cloudmaker.local;

import dev.cloudmaker.core.spi.Catalog;
import dev.cloudmaker.testkit.contract.CatalogContract;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** The local catalogue keeps the catalogue contract; it reads only this host's image store (empty here). */
class LocalCatalogContractTest extends CatalogContract {
    @TempDir
    Path images;

    @Override
    protected Catalog catalog() {
        return new LocalCatalog(new ImageStore(images, null));
    }
}
