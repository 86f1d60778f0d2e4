package dev.cloudmaker.openstack;

import dev.cloudmaker.core.CloudmakerException;
import dev.cloudmaker.core.spi.Named;
import java.util.regex.Pattern;

/**
 * Key pair names Nova accepts (letters, digits, {@code -}, {@code _}, {@code .}, {@code @} and spaces; no {@code :}):
 * a namespace's key is {@code cloudmaker_<ns>_<name>} (a namespace has no {@code _}, so the first one after the prefix
 * ends it), an account-wide key keeps its name.
 */
final class KeyNames {
    static final String PREFIX = "cloudmaker_";
    private static final Pattern ALLOWED = Pattern.compile("[A-Za-z0-9_.@ -]{1,255}");

    private KeyNames() {
    }

    static String name(Named named) {
        String name = named.namespace() == null ? named.name() : PREFIX + named.namespace() + "_" + named.name();
        if (!ALLOWED.matcher(name).matches()) {
            throw new CloudmakerException("the key name \"" + name + "\" has characters Nova refuses in key pair names "
                    + "(it takes letters, digits, '-', '_', '.', '@' and spaces): rename the key");
        }
        return name;
    }

    /** The {@link Named} a key pair name spells; null for names cloudmaker did not give. */
    static Named named(String name) {
        if (name == null || !name.startsWith(PREFIX)) {
            return null;
        }
        String rest = name.substring(PREFIX.length());
        int sep = rest.indexOf('_');
        return sep <= 0 || sep == rest.length() - 1 ? null : new Named(rest.substring(0, sep), rest.substring(sep + 1));
    }
}
