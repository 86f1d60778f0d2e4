package dev.cloudmaker.emulator.triton;

import java.time.Instant;

/**
 * An image: a public one of the catalogue, or one the account made from a machine (CreateImageFromMachine), which is
 * {@code creating} until {@code readyAt}.
 *
 * @param type    IMGAPI's type: {@code zone-dataset}, {@code zvol} or {@code lx-dataset}
 * @param brand   the brand machines made from it get: {@code joyent}, {@code bhyve} or {@code lx}
 * @param readyAt when a {@code creating} image turns {@code active}; null for the others
 */
record TritonImage(String id, String name, String version, String os, String type, String brand, String description,
                   Instant publishedAt, String owner, boolean publicImage, String state, Instant readyAt) {

    TritonImage advancedTo(Instant now) {
        return state.equals("creating") && readyAt != null && !now.isBefore(readyAt)
                ? new TritonImage(id, name, version, os, type, brand, description, readyAt, owner, publicImage, "active", null)
                : this;
    }
}
