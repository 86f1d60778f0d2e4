package dev.cloudmaker.ssh;

import java.io.IOException;

/** MINA asked for a passphrase: the private key text is encrypted. Callers turn it into a message naming the file. */
final class EncryptedKeyException extends IOException {
    private static final long serialVersionUID = 1L;

    EncryptedKeyException() {
        super("the private key is protected by a passphrase");
    }
}
