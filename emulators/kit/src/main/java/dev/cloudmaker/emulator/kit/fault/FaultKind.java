package dev.cloudmaker.emulator.kit.fault;

/** What an injected fault does to a matching request; see {@link FaultSpec} for the grammar. */
public enum FaultKind {
    HTTP_500("500"),
    HTTP_502("502"),
    HTTP_503("503"),
    HTTP_504("504"),
    HTTP_429("429"),
    /** A proxy's HTML page instead of the API's answer. */
    HTML_502("html-502"),
    /** The connection drops before the request is carried out. */
    RESET("reset"),
    /** The request is carried out, then the connection drops: the client never learns it. */
    DROP_REPLY("drop-reply"),
    /** The answer comes that much later. */
    SLOW("slow"),
    /** Servers a create makes stay out of lists and reads for that long (server creates only). */
    STALE_AFTER_CREATE("stale-after-create"),
    /** A server action is refused as if another were still running (server actions only). */
    PENDING_EVENT("pending-event");

    private final String token;

    FaultKind(String token) {
        this.token = token;
    }

    public String token() {
        return token;
    }

    /** Kinds written as {@code kind:DURATION}. */
    public boolean takesDuration() {
        return this == SLOW || this == STALE_AFTER_CREATE;
    }

    /** Kinds that answer in place of the API, without applying the request. */
    public boolean replacesResponse() {
        return switch (this) {
            case HTTP_500, HTTP_502, HTTP_503, HTTP_504, HTTP_429, HTML_502 -> true;
            default -> false;
        };
    }

    static FaultKind fromToken(String token) {
        for (FaultKind k : values()) {
            if (k.token.equals(token)) {
                return k;
            }
        }
        return null;
    }
}
