package dev.cloudmaker.openstack;

import dev.cloudmaker.core.spi.Catalog;
import dev.cloudmaker.core.spi.Provider;
import dev.cloudmaker.testkit.contract.CatalogContract;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** Regions from Keystone's catalog, flavors and Glance images, against the OpenStack emulator. */
class OpenStackCatalogContractIT extends CatalogContract {
    private static OpenStackAccount account;
    private static Provider provider;

    @BeforeAll
    static void start() {
        account = OpenStackAccount.start();
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
