package dev.cloudmaker.openstack;

import dev.cloudmaker.core.spi.Provider;
import dev.cloudmaker.core.spi.ServerRequest;
import dev.cloudmaker.testkit.contract.ImageContract;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** Snapshots (Nova createImage, Glance until active) against the OpenStack emulator. */
class OpenStackImageContractIT extends ImageContract {
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
    protected ServerRequest smallServer(String name) {
        return OpenStackAccount.smallServer(name);
    }

    @Override
    protected Duration changeTimeout() {
        return OpenStackAccount.CHANGE_TIMEOUT;
    }
}
