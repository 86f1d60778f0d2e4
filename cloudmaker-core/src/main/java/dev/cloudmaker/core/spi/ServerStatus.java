package dev.cloudmaker.core.spi;

/**
 * A server's state as cloudmaker reasons about it, whatever the provider calls it. {@code FAILED} is a
 * server the cloud gave up on (OpenStack ERROR, Triton failed): waits end at once instead of timing out.
 */
public enum ServerStatus {
    NEW, ACTIVE, OFF, ARCHIVED, FAILED, UNKNOWN;

    public String label() {
        return name().toLowerCase();
    }
}
