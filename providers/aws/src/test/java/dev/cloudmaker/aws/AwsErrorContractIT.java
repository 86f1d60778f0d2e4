package dev.cloudmaker.aws;

import dev.cloudmaker.core.spi.Provider;
import dev.cloudmaker.testkit.contract.ErrorContract;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The AWS provider keeps the error contract against the emulator (EC2's {@code *.NotFound} codes). */
class AwsErrorContractIT extends ErrorContract {
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
    protected List<String> unknownServerIds() {
        return List.of("i-0123456789abcdef0", "not-an-instance-id");
    }

    @Override
    protected String unknownKeyId() {
        return "cloudmaker/contract/nobody";
    }

    @Override
    protected String unknownImageId() {
        return "ami-0123456789abcdef0";
    }
}
