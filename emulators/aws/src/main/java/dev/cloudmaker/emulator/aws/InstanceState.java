package dev.cloudmaker.emulator.aws;

/** EC2's instance states with their codes (the low byte of {@code instanceState/code}). */
enum InstanceState {
    PENDING(0, "pending"),
    RUNNING(16, "running"),
    SHUTTING_DOWN(32, "shutting-down"),
    TERMINATED(48, "terminated"),
    STOPPING(64, "stopping"),
    STOPPED(80, "stopped");

    private final int code;
    private final String wireName;

    InstanceState(int code, String wireName) {
        this.code = code;
        this.wireName = wireName;
    }

    int code() {
        return code;
    }

    String wireName() {
        return wireName;
    }
}
