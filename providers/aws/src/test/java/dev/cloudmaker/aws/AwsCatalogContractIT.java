package dev.cloudmaker.aws;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cloudmaker.core.spi.Catalog;
import dev.cloudmaker.core.spi.ImageInfo;
import dev.cloudmaker.core.spi.Provider;
import dev.cloudmaker.testkit.contract.CatalogContract;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The catalogue contract against the emulator, and distribution names resolved to the newest official AMI. */
class AwsCatalogContractIT extends CatalogContract {
    private static AwsAccount account;
    private Provider provider;

    @BeforeAll
    static void start() {
        account = AwsAccount.start();
    }

    @AfterAll
    static void stop() {
        account.close();
    }

    @AfterEach
    void close() {
        provider.close();
    }

    @Override
    protected Catalog catalog() {
        provider = account.provider();
        return provider.catalog();
    }

    @Test
    void aDistributionNameIsItsPublishersNewestAmd64Ami() {
        assertThat(catalog().image("debian-12")).hasValueSatisfying(i -> {
            assertThat(i.id()).startsWith("ami-");
            assertThat(i.slug()).isEqualTo("debian-12");
            assertThat(i.name()).isEqualTo("debian-12-amd64-20240717-1811");
        });
        assertThat(catalog().image("ubuntu-24.04")).map(ImageInfo::name)
                .hasValue("ubuntu/images/hvm-ssd-gp3/ubuntu-noble-24.04-amd64-server-20240701");
        assertThat(catalog().image("debian-99")).isEmpty();
    }

    @Test
    void anAmiIdIsFoundAsItself() {
        String id = catalog().image("debian-13").orElseThrow().id();
        assertThat(catalog().image(id)).map(ImageInfo::name).hasValue("debian-13-amd64-20250814-2204");
    }
}
