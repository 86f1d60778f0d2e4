package dev.cloudmaker.openstack;

import dev.cloudmaker.core.spi.Provider;
import dev.cloudmaker.testkit.contract.KeyContract;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** Nova key pairs (names without ':') against the OpenStack emulator. */
class OpenStackKeyContractIT extends KeyContract {
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
}
