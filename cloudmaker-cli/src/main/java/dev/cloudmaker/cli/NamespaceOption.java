package dev.cloudmaker.cli;

import java.util.regex.Pattern;

/** A namespace from the command line or environment must be a valid tag suffix, as in cloud.json. */
final class NamespaceOption {
    private static final Pattern VALID = Pattern.compile("[a-z0-9][a-z0-9-]{0,62}");

    private NamespaceOption() {
    }

    static String check(String ns) {
        if (!VALID.matcher(ns).matches()) {
            throw new UsageException("invalid namespace \"" + ns
                    + "\": use 1 to 63 lower-case letters, digits and dashes, starting with a letter or digit");
        }
        return ns;
    }
}
