package dev.cloudmaker.testkit.campaign;

/** Requests a credential may make in any minute and in any hour. */
public record RateLimits(int perMinute, int perHour) {

    /** A {@code scale}-th of these limits (a reduced campaign keeps them binding with fewer servers). */
    public RateLimits scaledDown(int scale) {
        return new RateLimits(perMinute / scale, perHour / scale);
    }
}
