package dev.cloudmaker.digitalocean;

import dev.cloudmaker.core.spi.Mark;
import dev.cloudmaker.core.spi.Named;
import java.util.List;

/**
 * How cloudmaker's marks and names are spelled on DigitalOcean, unchanged since the first release (nothing
 * migrates): the namespace tag {@code cloudmaker:<ns>}, the resize tag {@code cloudmaker:powered_off_for_resize}
 * and key and snapshot names {@code cloudmaker:<ns>:<name>}. Every tag starting {@code cloudmaker:} is one of
 * these, never a user's tag.
 */
final class DigitalOceanNames {
    static final String PREFIX = "cloudmaker:";
    /** No namespace tag can be this: a namespace name has no '_'. */
    static final String POWERED_OFF_TAG = PREFIX + "powered_off_for_resize";

    private DigitalOceanNames() {
    }

    static String namespaceTag(String namespace) {
        return PREFIX + namespace;
    }

    static String tag(Mark mark) {
        return switch (mark) {
            case Mark.Namespace ns -> namespaceTag(ns.name());
            case Mark.PoweredOffForResize off -> POWERED_OFF_TAG;
            case Mark.Tag t -> t.value();
        };
    }

    /** The droplet's namespace: {@code preferred} when it carries that one's tag, else the first namespace tag. */
    static String namespaceOf(List<String> tags, String preferred) {
        if (preferred != null && tags.contains(namespaceTag(preferred))) {
            return preferred;
        }
        return tags.stream().filter(t -> t.startsWith(PREFIX) && !t.equals(POWERED_OFF_TAG))
                .map(t -> t.substring(PREFIX.length())).findFirst().orElse(null);
    }

    /** The user's tags of a request: those that would spell a mark are dropped. */
    static boolean isUserTag(String tag) {
        return !tag.startsWith(PREFIX);
    }

    /** {@code cloudmaker:<ns>:<name>}, or the bare name for an account-wide name. */
    static String name(Named named) {
        return named.namespace() == null ? named.name() : PREFIX + named.namespace() + ":" + named.name();
    }

    /** The {@link Named} a key or snapshot name spells; null for names cloudmaker did not give. */
    static Named named(String name) {
        if (!name.startsWith(PREFIX)) {
            return null;
        }
        String rest = name.substring(PREFIX.length());
        int colon = rest.indexOf(':');
        return colon <= 0 ? null : new Named(rest.substring(0, colon), rest.substring(colon + 1));
    }
}
