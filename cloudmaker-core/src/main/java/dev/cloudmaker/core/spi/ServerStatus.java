package dev.cloudmaker.core.spi;

/** A server's state as cloudmaker reasons about it, whatever the provider calls it. */
public enum ServerStatus {
    NEW, ACTIVE, OFF, ARCHIVED, UNKNOWN;

    public String label() {
        return name().toLowerCase();
    }
}
