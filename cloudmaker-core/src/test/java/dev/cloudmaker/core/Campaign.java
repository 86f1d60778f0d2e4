package dev.cloudmaker.core;

/**
 * Size of a long randomized test: reduced by default, full with {@code -Dcloudmaker.campaign=full}
 * (the parent pom passes the property to surefire and failsafe). The same switch as the testkit's
 * {@code dev.cloudmaker.testkit.Campaign}, which core's own tests cannot use: the testkit depends on core.
 */
public final class Campaign {
    private Campaign() {
    }

    public static boolean full() {
        return "full".equals(System.getProperty("cloudmaker.campaign"));
    }

    public static int size(int reduced, int full) {
        return full() ? full : reduced;
    }
}
