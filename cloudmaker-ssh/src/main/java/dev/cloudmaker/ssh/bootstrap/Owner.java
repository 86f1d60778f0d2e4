package dev.cloudmaker.ssh.bootstrap;

import java.util.regex.Pattern;

/**
 * A file's owner as roles write it, "root" or "www-data:www-data". Without a group the file gets root's
 * primary group, which is root on Linux and wheel on FreeBSD, so no group name is guessed.
 */
record Owner(String user, String group) {
    private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_.-]*\\$?");

    static Owner parse(String owner) {
        String text = owner == null || owner.isBlank() ? "root" : owner.strip();
        int colon = text.indexOf(':');
        Owner o = colon < 0 ? new Owner(text, null) : new Owner(text.substring(0, colon), text.substring(colon + 1));
        if (!NAME.matcher(o.user).matches() || (o.group != null && !NAME.matcher(o.group).matches())) {
            throw new IllegalArgumentException("not a user or user:group: " + owner);
        }
        return o;
    }

    /** The install(1) options that set this owner. */
    String installOptions() {
        return "-o " + ShellQuote.quote(user) + (group == null ? "" : " -g " + ShellQuote.quote(group));
    }

    /** The find(1) tests that match this owner. */
    String findTests() {
        return "-user " + ShellQuote.quote(user) + (group == null ? "" : " -group " + ShellQuote.quote(group));
    }
}
