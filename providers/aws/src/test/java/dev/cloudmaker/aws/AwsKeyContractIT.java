package dev.cloudmaker.aws;

import dev.cloudmaker.core.spi.Provider;
import dev.cloudmaker.testkit.contract.KeyContract;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The key contract against the AWS emulator; every test works in a namespace of its own. */
class AwsKeyContractIT extends KeyContract {
    private static AwsAccount account;

    @BeforeAll
    static void start() {
        account = AwsAccount.start();
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
    protected Duration changeTimeout() {
        return AwsAccount.CHANGE_TIMEOUT;
    }
}
