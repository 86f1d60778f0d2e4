package dev.cloudmaker.openstack;

import dev.cloudmaker.core.spi.DnsProvider;
import dev.cloudmaker.core.spi.Provider;
import dev.cloudmaker.testkit.contract.DnsContract;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** Designate zones and record sets (trailing dots, PENDING to ACTIVE) against the OpenStack emulator. */
class OpenStackDnsContractIT extends DnsContract {
    private static OpenStackAccount account;
    private static Provider provider;

    @BeforeAll
    static void start() {
        account = OpenStackAccount.start();
        provider = account.provider();
    }

    @AfterAll
    static void stop() {
        provider.close();
        account.close();
    }

    @Override
    protected DnsProvider dns() {
        return provider.dns().orElseThrow();
    }
}
