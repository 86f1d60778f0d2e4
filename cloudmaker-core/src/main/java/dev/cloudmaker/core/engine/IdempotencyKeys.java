package dev.cloudmaker.core.engine;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The idempotency key of one create: namespace, server name and launch generation, hashed to 32 hex
 * characters (short and of one alphabet, as EC2's 64-character {@code ClientToken} needs). Every send of
 * one launch carries the same key; a later launch of the same name (a recreate) has another generation.
 */
final class IdempotencyKeys {
    private IdempotencyKeys() {
    }

    static String of(String namespace, String serverName, String generation) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((namespace + "\n" + serverName + "\n" + generation).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
