package dev.cloudmaker.emulator.openstack;

/**
 * A Nova API microversion ({@code 2.73}). Requests name it in {@code OpenStack-API-Version: compute 2.73} or the
 * legacy {@code X-OpenStack-Nova-API-Version: 2.73}; without either they get {@link #MIN}, {@code latest} gets
 * {@link #MAX}, and one outside the range is refused with 406.
 */
record Microversion(int major, int minor) implements Comparable<Microversion> {
    static final Microversion MIN = new Microversion(2, 1);
    /** At least 2.73, the SDK's ceiling for servers, and below 2.92, which stops keypair generation. */
    static final Microversion MAX = new Microversion(2, 79);

    static Microversion parse(String text) {
        String t = text.trim();
        if (t.equalsIgnoreCase("latest")) {
            return MAX;
        }
        int dot = t.indexOf('.');
        try {
            if (dot < 0) {
                throw new NumberFormatException();
            }
            return new Microversion(Integer.parseInt(t.substring(0, dot)), Integer.parseInt(t.substring(dot + 1)));
        } catch (NumberFormatException e) {
            throw new OsError(400, "HTTPBadRequest", "Invalid API version request string: " + text);
        }
    }

    /**
     * The version a compute request asks for; null when its header is not valid (the answer is then an error).
     *
     * @param openStackHeader the {@code OpenStack-API-Version} header, or null
     * @param novaHeader      the {@code X-OpenStack-Nova-API-Version} header, or null
     */
    static Microversion requested(String openStackHeader, String novaHeader) {
        if (openStackHeader != null) {
            for (String part : openStackHeader.split(",")) {
                String[] words = part.trim().split("\\s+");
                if (words.length == 2 && words[0].equalsIgnoreCase("compute")) {
                    return parse(words[1]);
                }
            }
        }
        return novaHeader != null ? parse(novaHeader) : MIN;
    }

    boolean inRange() {
        return compareTo(MIN) >= 0 && compareTo(MAX) <= 0;
    }

    boolean atLeast(Microversion other) {
        return compareTo(other) >= 0;
    }

    @Override
    public int compareTo(Microversion o) {
        return major != o.major ? Integer.compare(major, o.major) : Integer.compare(minor, o.minor);
    }

    @Override
    public String toString() {
        return major + "." + minor;
    }
}
