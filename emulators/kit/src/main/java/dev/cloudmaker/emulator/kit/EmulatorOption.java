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
    /** The login of the emulated account, for clouds whose API paths or credentials name it. */
    public static final String ACCOUNT = "--account";
    /** An OpenSSH public key file to put in the account, for clouds that authenticate requests by SSH key. */
    public static final String KEY = "--key";
    /** The user clients log in as, for clouds with user logins (OpenStack's Keystone). */
    public static final String USER = "--user";
    /** That user's password. */
    public static final String PASSWORD = "--password";
    /** The project (tenant) the user's token is scoped to. */
    public static final String PROJECT = "--project";
    /** The region the emulator's endpoints are in. */
    public static final String REGION = "--region";

    public EmulatorOption {
        if (flag == null || !flag.startsWith("--") || label == null || description == null) {
            throw new IllegalArgumentException("an emulator option needs a --flag, a label and a description: " + flag);
        }
    }
}
