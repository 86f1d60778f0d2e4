package dev.cloudmaker.cli.command;

/** How a start, stop or reboot ended on one server: the kind for programs, the text for people. */
record PowerOutcome(Kind kind, String text) {
    enum Kind {
        /** Already in the state asked for: nothing was sent. */
        UNCHANGED,
        /** The provider accepted the change (without --wait). */
        ACCEPTED,
        /** The server reached the state asked for (with --wait). */
        DONE,
        FAILED
    }

    /** What a start's DNS names did ({@code Namespace.power}), as a tail to the line about the server; empty when nothing. */
    static String moved(java.util.List<String> lines) {
        return lines.isEmpty() ? "" : "; " + String.join("; ", lines);
    }
}
