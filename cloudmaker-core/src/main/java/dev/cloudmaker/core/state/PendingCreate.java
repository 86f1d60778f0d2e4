package dev.cloudmaker.core.state;

import java.time.Instant;

/**
 * A create sent and not yet seen in a listing.
 *
 * @param provider the name of the provider it was sent to; null in entries written before it was recorded
 * @param sentAt   when it was sent
 * @param launch   the launch generation its idempotency key was made from, so a send after a lost answer, even
 *                 by the next run, carries the same key; null in entries written before it was recorded
 */
public record PendingCreate(String provider, Instant sentAt, String launch) {
}
