package dev.cloudmaker.ssh;

import java.io.IOException;

/**
 * The private key text is encrypted and could not be decrypted: nobody could be asked for the passphrase
 * ({@code attempts} 0), or every passphrase given was wrong. Callers turn it into a message naming the file.
 */
final class EncryptedKeyException extends IOException {
    private static final long serialVersionUID = 1L;
    private final int attempts;

    EncryptedKeyException(int attempts) {
        super(attempts == 0 ? "the private key is protected by a passphrase" : "the passphrase was wrong " + attempts + " time(s)");
        this.attempts = attempts;
    }

    int attempts() {
        return attempts;
    }
}
