package dev.cloudmaker.aws;

import dev.cloudmaker.core.spi.Provider;
import dev.cloudmaker.core.spi.ServerRequest;
import dev.cloudmaker.testkit.contract.ImageContract;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The image contract against the AWS emulator; every test works in a namespace of its own. */
class AwsImageContractIT extends ImageContract {
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
    protected Duration changeTimeout() {
        return AwsAccount.CHANGE_TIMEOUT;
    }
}
