package dev.cloudmaker.ssh.bootstrap;

import java.util.Collection;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * POSIX shell quoting. Every value that comes from a definition, a role or a server's answer goes
 * through {@link #quote} before it joins a command, so no value can end the word it sits in.
 */
public final class ShellQuote {
    /** Words made only of these need no quotes; leaving them bare keeps commands readable in logs. */
    private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9_@%+=:,./-]+");

    private ShellQuote() {
    }

    /** One shell word that stands for exactly {@code value}. */
    public static String quote(String value) {
        if (value.indexOf('\0') >= 0) {
            throw new IllegalArgumentException("a shell argument cannot hold a NUL character");
        }
        if (SAFE.matcher(value).matches()) {
            return value;
        }
        // Inside single quotes nothing is special; a single quote itself ends the quoted part, is
        // given escaped, and a new quoted part begins.
        return "'" + value.replace("'", "'\\''") + "'";
    }

    /** The words, each quoted, joined by spaces. */
    public static String join(Collection<String> values) {
        return values.stream().map(ShellQuote::quote).collect(Collectors.joining(" "));
    }
}
