package dev.cloudmaker.local;

import dev.cloudmaker.core.spi.Provider;
import dev.cloudmaker.testkit.contract.KeyContract;
import java.nio.file.Path;
import java.util.ArrayList;
import org.junit.jupiter.api.io.TempDir;

/** The key contract on local machines' key store, in a home of this test's own: keys need no machine. */
class LocalKeyContractTest extends KeyContract {
    @TempDir
    static Path home;

    @Override
    protected Provider provider() {
        LocalSettings settings = new LocalSettings(home, "cmkt0", Subnet.parse("10.213.248.0/24"), false);
        return new LocalProvider(settings, new ArrayList<String>()::add);
    }
}
