package dev.cloudmaker.backend.postgresql;

import dev.cloudmaker.core.CloudmakerException;
import dev.cloudmaker.core.Secret;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Seals host private keys on this machine before they go to the database: AES-256-GCM with a key derived
 * from {@code state_key} (PBKDF2-HMAC-SHA256, the database's own random salt), and the definition, namespace
 * and server as associated data, so a sealed key copied to another server's row does not open.
 * Sealed form: version byte 1, 12-byte nonce, ciphertext with its 16-byte tag.
 */
final class HostKeyCipher {
    private static final int VERSION = 1;
    private static final int NONCE = 12;
    private static final int ITERATIONS = 210_000;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SecretKeySpec key;

    private HostKeyCipher(SecretKeySpec key) {
        this.key = key;
    }

    static HostKeyCipher derive(Secret stateKey, String saltBase64) {
        try {
            PBEKeySpec spec = new PBEKeySpec(stateKey.reveal().toCharArray(), Base64.getDecoder().decode(saltBase64), ITERATIONS, 256);
            byte[] raw = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
            spec.clearPassword();
            return new HostKeyCipher(new SecretKeySpec(raw, "AES"));
        } catch (GeneralSecurityException e) {
            throw new CloudmakerException("could not derive the host-key encryption key: " + e.getClass().getSimpleName(), e);
        }
    }

    byte[] seal(Secret privateKeyText, String associated) {
        byte[] nonce = new byte[NONCE];
        RANDOM.nextBytes(nonce);
        try {
            Cipher c = cipher(Cipher.ENCRYPT_MODE, nonce, associated);
            byte[] sealed = c.doFinal(privateKeyText.reveal().getBytes(StandardCharsets.UTF_8));
            return ByteBuffer.allocate(1 + NONCE + sealed.length).put((byte) VERSION).put(nonce).put(sealed).array();
        } catch (GeneralSecurityException e) {
            throw new CloudmakerException("could not encrypt a host key: " + e.getClass().getSimpleName(), e);
        }
    }

    Secret open(byte[] sealed, String associated) {
        if (sealed.length < 1 + NONCE + 16 || sealed[0] != VERSION) {
            throw new CloudmakerException("a host key in the backend is in a form this cloudmaker does not know");
        }
        try {
            Cipher c = cipher(Cipher.DECRYPT_MODE, java.util.Arrays.copyOfRange(sealed, 1, 1 + NONCE), associated);
            return Secret.of(new String(c.doFinal(sealed, 1 + NONCE, sealed.length - 1 - NONCE), StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new CloudmakerException("a host key in the backend does not open with this state_key (security.json):"
                    + " it was stored with another one, or changed", e);
        }
    }

    private Cipher cipher(int mode, byte[] nonce, String associated) throws GeneralSecurityException {
        Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
        c.init(mode, key, new GCMParameterSpec(128, nonce));
        c.updateAAD(associated.getBytes(StandardCharsets.UTF_8));
        return c;
    }
}
