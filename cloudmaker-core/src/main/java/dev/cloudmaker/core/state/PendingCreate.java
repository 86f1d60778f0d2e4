package dev.cloudmaker.core.state;

import java.time.Instant;

/**
 * A create sent and not yet seen in a listing.
 *
 * @param provider the name of the provider it was sent to; null in entries written before it was recorded
 */
public record PendingCreate(String provider, Instant sentAt) {
}
