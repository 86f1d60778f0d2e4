package dev.cloudmaker.aws;

import dev.cloudmaker.core.spi.Provider;
import dev.cloudmaker.core.spi.ServerRequest;
import dev.cloudmaker.testkit.contract.ServerContract;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The server contract against the AWS emulator; every test works in a namespace of its own. */
class AwsServerContractIT extends ServerContract {
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
    protected ServerRequest smallServer(String name) {
        return AwsAccount.smallServer(name);
    }

    @Override
    protected String otherSize() {
        return "t3.small";
    }

    @Override
    protected Duration changeTimeout() {
        return AwsAccount.CHANGE_TIMEOUT;
    }
}
