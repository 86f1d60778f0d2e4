package dev.cloudmaker.core;

/**
 * Size of a long randomized test: reduced by default, full with {@code -Dcloudmaker.campaign=full}
 * (the parent pom passes the property to surefire and failsafe).
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
