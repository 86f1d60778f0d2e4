package dev.cloudmaker.core.spi;

import java.util.ArrayList;
import java.util.List;

/**
 * The spelling of cloudmaker's marks and names as plain string tags, for clouds whose tags are strings
 * (DigitalOcean, local machines), unchanged since the first release so nothing migrates: the namespace tag
 * {@code cloudmaker:<ns>}, the resize tag {@code cloudmaker:powered_off_for_resize}, and key and snapshot
 * names {@code cloudmaker:<ns>:<name>}. Every tag starting {@code cloudmaker:} is one of these, never a
 * user's. Clouds with key/value tags or stricter names spell them their own way.
 */
public final class CloudmakerTags {
    public static final String PREFIX = "cloudmaker:";
    /** No namespace tag can be this: a namespace name has no '_'. */
    public static final String POWERED_OFF_TAG = PREFIX + "powered_off_for_resize";

    private CloudmakerTags() {
    }

    public static String namespaceTag(String namespace) {
        return PREFIX + namespace;
    }

    public static String tag(Mark mark) {
        return switch (mark) {
            case Mark.Namespace ns -> namespaceTag(ns.name());
            case Mark.PoweredOffForResize off -> POWERED_OFF_TAG;
            case Mark.Tag t -> t.value();
        };
    }

    public static boolean poweredOffForResize(List<String> tags) {
        return tags.contains(POWERED_OFF_TAG);
    }

    /** The server's namespace: {@code preferred} when it carries that one's tag, else the first namespace tag; null for none. */
    public static String namespaceOf(List<String> tags, String preferred) {
        if (preferred != null && tags.contains(namespaceTag(preferred))) {
            return preferred;
        }
        return tags.stream().filter(t -> t.startsWith(PREFIX) && !t.equals(POWERED_OFF_TAG))
                .map(t -> t.substring(PREFIX.length())).findFirst().orElse(null);
    }

    /** A user's tag, not one that would spell a mark. */
    public static boolean isUserTag(String tag) {
        return !tag.startsWith(PREFIX);
    }

    /** A request's tags as a server keeps them: its namespace's first, then the user's (none spelling a mark). */
    public static List<String> tags(String namespace, List<String> userTags) {
        List<String> out = new ArrayList<>();
        if (namespace != null) {
            out.add(namespaceTag(namespace));
        }
        userTags.stream().filter(CloudmakerTags::isUserTag).forEach(out::add);
        return out;
    }

    /** {@code cloudmaker:<ns>:<name>}, or the bare name for an account-wide name. */
    public static String name(Named named) {
        return named.namespace() == null ? named.name() : PREFIX + named.namespace() + ":" + named.name();
    }

    /** The {@link Named} a key or snapshot name spells; null for names cloudmaker did not give. */
    public static Named named(String name) {
        if (name == null || !name.startsWith(PREFIX)) {
            return null;
        }
        String rest = name.substring(PREFIX.length());
        int colon = rest.indexOf(':');
        return colon <= 0 ? null : new Named(rest.substring(0, colon), rest.substring(colon + 1));
    }
}
