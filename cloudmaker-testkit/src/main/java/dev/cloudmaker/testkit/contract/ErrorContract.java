package dev.cloudmaker.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;

import dev.cloudmaker.core.spi.Provider;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * How every provider answers for what is not there, as the engine relies on it to make re-runs safe: an
 * unknown or malformed id reads as "none", and deleting what is already gone is not an error, on every facet.
 */
public abstract class ErrorContract {
    private Provider provider;

    /** A provider to test; closed after each test. */
    protected abstract Provider provider();

    /** Ids that name nothing in this account: well-formed for the cloud, and malformed. */
    protected abstract List<String> unknownServerIds();

    /** A well-formed id of a key, and of an image, that the account does not hold. */
    protected abstract String unknownKeyId();

    protected abstract String unknownImageId();

    @BeforeEach
    void open() {
        provider = provider();
    }

    @AfterEach
    void close() {
        provider.close();
    }

    @Test
    void anUnknownOrMalformedServerIdIsNone() {
        for (String id : unknownServerIds()) {
            assertThat(provider.servers().get(id)).as("server %s", id).isEmpty();
        }
    }

    @Test
    void deletingWhatIsGoneIsNotAnError() {
        String server = unknownServerIds().getFirst();
        assertThatNoException().as("server").isThrownBy(() -> provider.servers().delete(server));
        assertThatNoException().as("key").isThrownBy(() -> provider.keys().delete(unknownKeyId()));
        assertThatNoException().as("image").isThrownBy(() -> provider.images().delete(unknownImageId()));
    }

    @Test
    void anEmptyNamespaceListsNoServers() {
        assertThat(provider.servers().list("contract-empty-namespace")).isEmpty();
    }
}
