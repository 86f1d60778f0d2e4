package dev.cloudmaker.testkit.campaign;

import dev.cloudmaker.emulator.kit.EmulatedServer;
import java.util.ArrayList;
import java.util.List;

/**
 * The check after a campaign's final destroy: the namespace must hold nothing on the cloud, neither a running server
 * (an orphan) nor anything else made for it ({@link CampaignEmulator#namespaceLeftovers}).
 */
final class NamespaceLeftovers {
    private static final String LEFT = "left after the final destroy: ";

    private NamespaceLeftovers() {
    }

    /** One violation per thing left, empty when the destroy released everything. */
    static List<String> after(CampaignEmulator emu, String namespaceTag, String namespace) {
        List<String> left = new ArrayList<>();
        for (EmulatedServer s : emu.account().servers()) {
            if (s.running() && s.tags().contains(namespaceTag)) {
                left.add("server " + s.name() + " (" + s.id() + ") still running");
            }
        }
        left.addAll(emu.namespaceLeftovers(namespace));
        return left.stream().map(thing -> LEFT + thing).toList();
    }

    /** How many of {@code violations} are leftovers, for a campaign's summary. */
    static long count(List<String> violations) {
        return violations.stream().filter(v -> v.startsWith(LEFT)).count();
    }
}
