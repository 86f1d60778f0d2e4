package dev.cloudmaker.triton;

import dev.cloudmaker.core.spi.Provider;
import dev.cloudmaker.core.spi.ServerRequest;
import dev.cloudmaker.testkit.contract.ImageContract;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The image contract against the Triton emulator; every test works in a namespace of its own. */
class TritonImageContractIT extends ImageContract {
    private static TritonAccount account;

    @BeforeAll
    static void start() {
        account = TritonAccount.start();
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
        return TritonAccount.smallServer(name);
    }

    @Override
    protected Duration changeTimeout() {
        return TritonAccount.CHANGE_TIMEOUT;
    }
}
