package dev.cloudmaker.aws;

import dev.cloudmaker.core.spi.DnsProvider;
import dev.cloudmaker.core.spi.Provider;
import dev.cloudmaker.testkit.contract.DnsContract;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;

/** The DNS contract against the emulator's Route 53, changes waited for until INSYNC. */
class AwsDnsContractIT extends DnsContract {
    private static AwsAccount account;
    private Provider provider;

    @BeforeAll
    static void start() {
        account = AwsAccount.start();
    }

    @AfterAll
    static void stop() {
        account.close();
    }

    @AfterEach
    void close() {
        provider.close();
    }

    @Override
    protected DnsProvider dns() {
        provider = account.provider();
        return provider.dns().orElseThrow();
    }
}
