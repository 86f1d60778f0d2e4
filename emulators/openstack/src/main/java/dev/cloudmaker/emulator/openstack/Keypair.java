package dev.cloudmaker.emulator.openstack;

import java.time.Instant;

/**
 * A Nova key pair; {@code publicKey} is kept byte for byte as it was sent (Ansible compares it exactly).
 *
 * @param fingerprint MD5 of the key blob, colon-separated lower-case hex
 * @param number      the database id Nova shows in a single key pair's {@code id}
 */
record Keypair(String name, String publicKey, String fingerprint, String type, String userId, Instant created,
               long number) {
}
