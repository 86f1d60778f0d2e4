package dev.cloudmaker.emulator.aws;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/** Timestamps as EC2 and Route 53 write them: {@code 2024-01-02T03:04:05.000Z}. */
final class Times {
    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'");

    private Times() {
    }

    static String iso(Instant at) {
        return at == null ? null : FORMAT.format(at.truncatedTo(ChronoUnit.MILLIS).atOffset(ZoneOffset.UTC));
    }
}
