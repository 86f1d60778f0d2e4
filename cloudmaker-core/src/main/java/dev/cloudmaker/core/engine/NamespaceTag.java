package dev.cloudmaker.core.engine;

/** Every resource cloudmaker creates carries {@code cloudmaker:<namespace>}; that is how re-runs find them. */
public final class NamespaceTag {
    private NamespaceTag() {
    }

    public static String of(String namespace) {
        return "cloudmaker:" + namespace;
    }
}
