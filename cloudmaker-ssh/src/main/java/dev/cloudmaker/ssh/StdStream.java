package dev.cloudmaker.ssh;

/** Which output of a remote command a line came from. */
public enum StdStream {
    STDOUT("stdout"),
    STDERR("stderr");

    private final String label;

    StdStream(String label) {
        this.label = label;
    }

    /** {@code stdout} or {@code stderr}. */
    public String label() {
        return label;
    }
}
