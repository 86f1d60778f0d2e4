package dev.cloudmaker.core.spi;

/**
 * A label cloudmaker puts on a server; each provider encodes it its own way (DigitalOcean: the tags
 * {@code cloudmaker:<ns>} and {@code cloudmaker:powered_off_for_resize}), so no name format leaks into core.
 */
public sealed interface Mark {
    /** The server belongs to a namespace: how re-runs find it. */
    record Namespace(String name) implements Mark {
    }

    /** Put on a running server before it is powered off for a resize, taken off once it runs again. */
    record PoweredOffForResize() implements Mark {
    }

    /** A tag of the user's own, passed through as the provider spells tags. */
    record Tag(String value) implements Mark {
    }
}
