package dev.cloudmaker.emulator.digitalocean;

import java.time.Instant;

/** A private image made by a droplet's snapshot action; {@code dropletId} is the droplet it was taken of. */
record Snapshot(long id, String name, String region, String distribution, int minDiskSize, double sizeGigabytes,
                Instant createdAt, long dropletId) {
}
