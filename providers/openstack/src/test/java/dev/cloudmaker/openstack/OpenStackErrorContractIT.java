package dev.cloudmaker.openstack;

import dev.cloudmaker.core.spi.Provider;
import dev.cloudmaker.testkit.contract.ErrorContract;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** What is not there is none, and deleting it again is fine, against the OpenStack emulator. */
class OpenStackErrorContractIT extends ErrorContract {
    private static OpenStackAccount account;

    @BeforeAll
    static void start() {
        account = OpenStackAccount.start();
    }

    @AfterAll
    static void stop() {
        account.close();
    }

    @Override
    protected Provider provider() {
        return account.provider();
    }

    @Override
    protected List<String> unknownServerIds() {
        return List.of("0b7c6f5e-9a1d-4c3b-8e2f-1a2b3c4d5e6f", "not-a-server-id");
    }

    @Override
    protected String unknownKeyId() {
        return "cloudmaker_nobody_nothing";
    }

    @Override
    protected String unknownImageId() {
        return "1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f";
    }
}
