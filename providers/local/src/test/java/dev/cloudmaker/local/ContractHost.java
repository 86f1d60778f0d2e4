package dev.cloudmaker.local;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.cloudmaker.core.spi.ImageInfo;
import dev.cloudmaker.core.spi.ServerRequest;
import java.util.ArrayList;

/**
 * Where the facet contracts run real local machines: a bridge of their own, and what a failed test left on it
 * removed afterwards. Skips where the host cannot run them (not Linux, not root).
 */
final class ContractHost {
    static final LocalSettings SETTINGS = new LocalSettings(LocalSettings.DEFAULT_HOME, "cmct0",
            Subnet.parse("10.213.247.0/24"), false);

    private ContractHost() {
    }

    static void assumeMachinesRun() {
        assumeTrue("Linux".equals(System.getProperty("os.name")) && HostRequirements.isRoot(),
                "local machines need root on Linux; skipping");
    }

    static LocalProvider provider() {
        return new LocalProvider(SETTINGS, new ArrayList<String>()::add);
    }

    static ServerRequest smallServer(String name) {
        return ServerRequest.builder(name, "local", "local-512mb", "debian-12").build();
    }

    /** Whatever a failed test left on this bridge, and snapshots named by the contracts' namespaces. */
    static void removeWhatIsLeft() {
        if (!HostRequirements.isRoot()) {
            return;
        }
        try (LocalProvider provider = provider()) {
            new MachineStore(SETTINGS.machines()).list().stream().filter(m -> m.bridge().equals(SETTINGS.bridge()))
                    .forEach(m -> provider.servers().delete(m.id()));
            provider.images().list().stream().filter(i -> i.name().startsWith("contract-")).map(ImageInfo::id)
                    .forEach(provider.images()::delete);
        }
    }
}
