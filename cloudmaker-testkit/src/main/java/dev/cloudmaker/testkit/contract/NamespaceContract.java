package dev.cloudmaker.testkit.contract;

import dev.cloudmaker.api.Cloud;
import dev.cloudmaker.api.Namespace;
import dev.cloudmaker.core.spi.Provider;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * What the facet contracts that make things share: a provider reached through the library, and a namespace
 * of each test's own, so a provider shared with other tests is safe. The servers a test left in its namespace
 * are deleted afterwards, even when it fails; each facet removes the rest of what it made.
 */
public abstract class NamespaceContract {
    private Cloud cloud;
    private Namespace ns;

    /** A provider to test; closed after each test. */
    protected abstract Provider provider();

    /** How long this provider may take for one change (a boot, a power change, a snapshot). */
    protected Duration changeTimeout() {
        return Duration.ofMinutes(2);
    }

    @BeforeEach
    final void connect() {
        cloud = Cloud.of(provider());
        ns = cloud.namespace("contract-" + UUID.randomUUID().toString().substring(0, 8));
    }

    @AfterEach
    final void removeServersAndClose() {
        try {
            ns.servers().forEach(ns::delete);
        } finally {
            cloud.close();
        }
    }

    protected final Cloud cloud() {
        return cloud;
    }

    protected final Namespace ns() {
        return ns;
    }

    protected final Provider connected() {
        return cloud.provider();
    }
}
