package dev.cloudmaker.openstack;

import dev.cloudmaker.core.spi.Provider;
import dev.cloudmaker.core.spi.ServerRequest;
import dev.cloudmaker.testkit.contract.ServerContract;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The server contract against the OpenStack emulator; every test works in a namespace of its own. */
class OpenStackServerContractIT extends ServerContract {
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
    protected String otherSize() {
        return "m1.small";
    }

    @Override
    protected Duration changeTimeout() {
        return OpenStackAccount.CHANGE_TIMEOUT;
    }
}
