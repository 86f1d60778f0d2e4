package dev.cloudmaker.emulator.kit;

/**
 * What one request is, as the cloud's operation table names it: the name faults, hooks and stats use
 * ({@code droplets}, {@code records}), and its class, which drives latency and whether it changes state.
 * A request the table does not know is {@link #UNKNOWN}.
 */
public record Operation(String name, OperationClass operationClass) {
    public static final String UNKNOWN = "unknown";
}
