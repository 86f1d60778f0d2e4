package dev.cloudmaker.triton;

import dev.cloudmaker.core.spi.Provider;
import dev.cloudmaker.core.spi.ServerRequest;
import dev.cloudmaker.testkit.contract.ServerContract;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The server contract against the Triton emulator; every test works in a namespace of its own. */
class TritonServerContractIT extends ServerContract {
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
    protected String otherSize() {
        return "g1.small";
    }

    @Override
    protected Duration changeTimeout() {
        return TritonAccount.CHANGE_TIMEOUT;
    }
}
