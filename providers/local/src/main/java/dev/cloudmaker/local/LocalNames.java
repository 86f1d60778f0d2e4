package dev.cloudmaker.local;

import dev.cloudmaker.core.spi.Mark;
import dev.cloudmaker.core.spi.Named;
import java.util.ArrayList;
import java.util.List;

/**
 * How cloudmaker's marks and names are kept in machine records, the key registry and snapshot names,
 * as they always were: tags {@code cloudmaker:<ns>} and {@code cloudmaker:powered_off_for_resize}, names
 * {@code cloudmaker:<ns>:<name>}.
 */
final class LocalNames {
    private static final String PREFIX = "cloudmaker:";
    private static final String POWERED_OFF_TAG = PREFIX + "powered_off_for_resize";

    private LocalNames() {
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

    static boolean poweredOffForResize(List<String> tags) {
        return tags.contains(POWERED_OFF_TAG);
    }

    /** The first namespace tag's namespace; null when the machine has none. */
    static String namespaceOf(List<String> tags) {
        return tags.stream().filter(t -> t.startsWith(PREFIX) && !t.equals(POWERED_OFF_TAG))
                .map(t -> t.substring(PREFIX.length())).findFirst().orElse(null);
    }

    /** A request's tags as a machine keeps them: its namespace's first, then the user's (none spelling a mark). */
    static List<String> tags(String namespace, List<String> userTags) {
        List<String> out = new ArrayList<>();
        if (namespace != null) {
            out.add(namespaceTag(namespace));
        }
        userTags.stream().filter(t -> !t.startsWith(PREFIX)).forEach(out::add);
        return out;
    }

    static String name(Named named) {
        return named.namespace() == null ? named.name() : PREFIX + named.namespace() + ":" + named.name();
    }

    /** The {@link Named} a key or snapshot name spells; null for names cloudmaker did not give. */
    static Named named(String name) {
        if (name == null || !name.startsWith(PREFIX)) {
            return null;
        }
        String rest = name.substring(PREFIX.length());
        int colon = rest.indexOf(':');
        return colon <= 0 ? null : new Named(rest.substring(0, colon), rest.substring(colon + 1));
    }
}
