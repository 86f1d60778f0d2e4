package dev.cloudmaker.emulator.aws;

import java.time.Instant;

/**
 * An AMI: the catalogue's public ones and the account's own (CreateImage), which are {@code pending} until
 * {@code availableAt}.
 *
 * @param sourceInstance the instance it was made from; null for catalogue images
 */
record Image(String id, String name, String ownerId, String description, String architecture, Instant created,
             boolean isPublic, String sourceInstance, Instant availableAt) {

    String state(Instant now) {
        return availableAt == null || !now.isBefore(availableAt) ? "available" : "pending";
    }
}
