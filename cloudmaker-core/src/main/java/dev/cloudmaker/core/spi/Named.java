package dev.cloudmaker.core.spi;

/**
 * A key or image cloudmaker names; the provider turns it into a name its API accepts. {@code namespace}
 * is null for a name of the whole account (the definition's admin key, shared by every namespace).
 */
public record Named(String namespace, String name) {
    /** A name of the account's, not of one namespace. */
    public static Named account(String name) {
        return new Named(null, name);
    }
}
