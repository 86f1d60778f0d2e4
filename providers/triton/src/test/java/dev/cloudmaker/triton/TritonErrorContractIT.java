package dev.cloudmaker.triton;

import dev.cloudmaker.core.spi.Provider;
import dev.cloudmaker.testkit.contract.ErrorContract;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The Triton provider keeps the error contract, against the emulator (404 and 410 for what is not there). */
class TritonErrorContractIT extends ErrorContract {
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
    protected List<String> unknownServerIds() {
        return List.of("0b7c6f5e-9a1d-4c3b-8e2f-1a2b3c4d5e6f", "not-a-machine-id");
    }

    @Override
    protected String unknownKeyId() {
        return "00:11:22:33:44:55:66:77:88:99:aa:bb:cc:dd:ee:ff";
    }

    @Override
    protected String unknownImageId() {
        return "1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f";
    }
}
