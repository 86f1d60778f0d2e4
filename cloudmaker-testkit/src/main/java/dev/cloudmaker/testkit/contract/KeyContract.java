package dev.cloudmaker.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;

import dev.cloudmaker.api.NamespaceKey;
import dev.cloudmaker.core.model.SshPublicKey;
import dev.cloudmaker.core.spi.Named;
import dev.cloudmaker.testkit.SshKeys;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * What every provider must do for account SSH keys, as {@code keys} and the engine's key upload rely on it:
 * a key is registered once per namespace and name, found by its public-key blob, listed, and removed, a
 * second removal doing no harm.
 */
public abstract class KeyContract extends NamespaceContract {
    private final List<String> made = new ArrayList<>();

    @AfterEach
    void removeKeys() {
        made.forEach(connected().keys()::delete);
    }

    @Test
    void namespaceKeysAreAddedListedWithTheirPublicKeyAndRemoved() {
        SshPublicKey key = SshPublicKey.parse(SshKeys.ed25519Line("contract@test"));

        NamespaceKey added = ns().addKey("alice", key);
        made.add(added.key().id());

        assertThat(ns().addKey("alice", key).key().id()).as("adding the same key again").isEqualTo(added.key().id());
        assertThat(ns().keys()).singleElement().satisfies(k -> {
            assertThat(k.name()).isEqualTo("alice");
            assertThat(k.key().named()).isEqualTo(new Named(ns().name(), "alice"));
            assertThat(k.key().holds(key)).as("the registered key holds the same blob").isTrue();
        });
        assertThat(connected().keys().list()).extracting(k -> k.id()).contains(added.key().id());

        assertThat(ns().removeKey("alice")).isTrue();
        assertThat(ns().keys()).isEmpty();
        assertThat(ns().removeKey("alice")).isFalse();
        assertThatNoException().as("deleting what is gone")
                .isThrownBy(() -> connected().keys().delete(added.key().id()));
    }
}
