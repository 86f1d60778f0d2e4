package dev.cloudmaker.api;

import dev.cloudmaker.core.CloudmakerException;
import dev.cloudmaker.core.spi.CloudKey;

/** A key of a namespace: the short name it was added under, and the account's key. */
public record NamespaceKey(String name, CloudKey key) {
    /** Names are kept short and plain so they read the same in every provider's console. */
    static void requireValidName(String name) {
        if (!name.matches("[A-Za-z0-9][A-Za-z0-9._@-]{0,63}")) {
            throw new CloudmakerException("key name \"" + name + "\" is not valid: use 1-64 letters, digits, '.', '_', '@' or '-',"
                    + " starting with a letter or digit (e.g. alice@laptop)");
        }
    }
}
