package dev.cloudmaker.emulator.aws;

import java.time.Instant;

/**
 * An imported key pair.
 *
 * @param type        {@code rsa} or {@code ed25519}
 * @param fingerprint as EC2 computes it for imported keys, see {@link KeyFingerprints}
 * @param publicKey   the OpenSSH public key line
 */
record KeyPair(String id, String name, String type, String fingerprint, String publicKey, Instant created) {
}
