package dev.cloudmaker.local;

import dev.cloudmaker.core.spi.Provider;
import dev.cloudmaker.core.spi.ServerRequest;
import dev.cloudmaker.testkit.contract.ImageContract;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The image contract on real local machines, on a bridge of the contracts' own ({@link ContractHost}). */
class LocalImageContractIT extends ImageContract {

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

}
