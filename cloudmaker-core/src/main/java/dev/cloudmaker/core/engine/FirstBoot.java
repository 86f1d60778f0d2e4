package dev.cloudmaker.core.engine;

/**
 * What cloudmaker adds to a server's user-data just before it is created: the admin user the
 * bootstrap logs in as, and a host key generated here and pinned before the server exists, so the
 * first SSH connection is already verified. Called once per create attempt, before the request is
 * sent; a server's user-data then differs from its neighbours', so such creates are not batched.
 */
@FunctionalInterface
public interface FirstBoot {
    FirstBoot NONE = (server, userData) -> userData;

    /** The user-data to send for {@code server}; {@code userData} is the definition's (null when none). */
    String userData(String server, String userData);
}
