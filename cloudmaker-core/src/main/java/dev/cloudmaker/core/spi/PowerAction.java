package dev.cloudmaker.core.spi;

/**
 * A change of a server's power state. {@code STOP} is a clean shutdown that the provider turns into a
 * hard power-off when the operating system does not go down by itself.
 */
public enum PowerAction {
    START, STOP, REBOOT;

    /** The state the server is in once the action has finished. */
    public ServerStatus settlesAt() {
        return this == STOP ? ServerStatus.OFF : ServerStatus.ACTIVE;
    }

    public String verb() {
        return name().toLowerCase();
    }
}
