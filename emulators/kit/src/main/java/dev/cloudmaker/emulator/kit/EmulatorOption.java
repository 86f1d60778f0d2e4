package dev.cloudmaker.emulator.kit;

/**
 * One setting of {@link EmulatorOptions} as an emulator type documents it.
 *
 * @param flag        the command-line flag that sets it, one of the constants here
 * @param label       what the flag takes, as help shows it ({@code N}, {@code DUR}, {@code FILE})
 * @param description what it does for this type, one line
 */
public record EmulatorOption(String flag, String label, String description) {
    public static final String PORT = "--port";
    public static final String STATE = "--state";
    public static final String BOOT_DELAY = "--boot-delay";
    public static final String LATENCY = "--latency";
    public static final String RATE_LIMIT = "--rate-limit";
    public static final String FAULT = "--fault";
    public static final String SEED = "--seed";

    public EmulatorOption {
        if (flag == null || !flag.startsWith("--") || label == null || description == null) {
            throw new IllegalArgumentException("an emulator option needs a --flag, a label and a description: " + flag);
        }
    }
}
