package dev.cloudmaker.emulator.aws;

import java.time.Instant;

/** A change batch Route 53 accepted: {@code PENDING} until {@code insyncAt}, then {@code INSYNC}. */
record DnsChange(String id, Instant submitted, Instant insyncAt, String comment) {

    String status(Instant now) {
        return now.isBefore(insyncAt) ? "PENDING" : "INSYNC";
    }
}
