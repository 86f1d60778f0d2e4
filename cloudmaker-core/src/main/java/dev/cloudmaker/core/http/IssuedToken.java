package dev.cloudmaker.core.http;

import dev.cloudmaker.core.Secret;
import java.time.Instant;

/** A token as an identity service hands it out (Keystone's {@code X-Subject-Token} and {@code expires_at}). */
public record IssuedToken(Secret token, Instant expiresAt) {
}
