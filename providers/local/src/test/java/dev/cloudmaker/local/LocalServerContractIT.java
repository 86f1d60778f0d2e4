package dev.cloudmaker.local;

import dev.cloudmaker.core.spi.Provider;
import dev.cloudmaker.core.spi.ServerRequest;
import dev.cloudmaker.testkit.contract.ServerContract;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The server contract on real local machines, on a bridge of the contracts' own ({@link ContractHost}). */
class LocalServerContractIT extends ServerContract {

    @BeforeAll
    static void hostCanRunMachines() {
        ContractHost.assumeMachinesRun();
    }

    @AfterAll
    static void removeWhatIsLeft() {
        ContractHost.removeWhatIsLeft();
    }

    @Override
    protected Provider provider() {
        return ContractHost.provider();
    }

    @Override
    protected ServerRequest smallServer(String name) {
        return ContractHost.smallServer(name);
    }

    @Override
    protected String otherSize() {
        return "local-1gb";
    }
}
