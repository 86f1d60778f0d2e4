package dev.cloudmaker.triton;

import dev.cloudmaker.core.spi.Catalog;
import dev.cloudmaker.core.spi.Provider;
import dev.cloudmaker.testkit.contract.CatalogContract;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The Triton provider keeps the catalog contract, against the emulator. */
class TritonCatalogContractIT extends CatalogContract {
    private static TritonAccount account;
    private static Provider provider;

    @BeforeAll
    static void start() {
        account = TritonAccount.start();
        provider = account.provider();
    }

    @AfterAll
    static void stop() {
        provider.close();
        account.close();
    }

    @Override
    protected Catalog catalog() {
        return provider.catalog();
    }
}
