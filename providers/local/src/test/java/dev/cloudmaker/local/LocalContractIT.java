package dev.cloudmaker.local;

import dev.cloudmaker.core.spi.ImageInfo;
import dev.cloudmaker.core.spi.Provider;
import dev.cloudmaker.core.spi.ServerRequest;
import dev.cloudmaker.testkit.ProviderContract;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

import java.util.ArrayList;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The provider contract on real local machines, on a bridge of this test's own. Skips where the host
 * cannot run them (not Linux, not root).
 */
class LocalContractIT extends ProviderContract {
    private static final LocalSettings SETTINGS = new LocalSettings(LocalSettings.DEFAULT_HOME, "cmct0",
            Subnet.parse("10.213.247.0/24"), false);

    @BeforeAll
    static void hostCanRunMachines() {
        assumeTrue("Linux".equals(System.getProperty("os.name")) && HostRequirements.isRoot(),
                "local machines need root on Linux; skipping");
    }

    /** Whatever a failed test left on this test's bridge, and snapshots named by the contract's namespaces. */
    @AfterAll
    static void removeWhatIsLeft() {
        if (!HostRequirements.isRoot()) {
            return;
        }
        try (LocalProvider provider = new LocalProvider(SETTINGS, new ArrayList<String>()::add)) {
            new MachineStore(SETTINGS.machines()).list().stream().filter(m -> m.bridge().equals(SETTINGS.bridge()))
                    .forEach(m -> provider.servers().delete(m.id()));
            provider.images().list().stream().filter(i -> i.name().startsWith("contract-")).map(ImageInfo::id)
                    .forEach(provider.images()::delete);
        }
    }

    @Override
    protected Provider provider() {
        return new LocalProvider(SETTINGS, new ArrayList<String>()::add);
    }

    @Override
    protected ServerRequest smallServer(String name) {
        return ServerRequest.builder(name, "local", "local-512mb", "debian-12").build();
    }

    @Override
    protected String otherSize() {
        return "local-1gb";
    }
}
