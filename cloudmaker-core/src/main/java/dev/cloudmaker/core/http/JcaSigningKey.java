package dev.cloudmaker.core.http;

import dev.cloudmaker.core.CloudmakerException;
import dev.cloudmaker.core.spi.SigningKey;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.EdECPrivateKey;
import java.security.interfaces.RSAPrivateKey;
import java.util.Objects;

/**
 * A {@link SigningKey} over a key the JDK holds: RSA signs {@code rsa-sha256}; ECDSA the hash of its
 * curve ({@code ecdsa-sha256} on P-256, {@code -sha384} on P-384, {@code -sha512} on P-521), as
 * node-triton does; Ed25519 signs {@code ed25519-sha512} (the label CloudAPI knows; the signature is
 * plain Ed25519 over the signing string). The key is named only by its id, never shown.
 */
public final class JcaSigningKey implements SigningKey {
    private final String keyId;
    private final PrivateKey key;
    private final String algorithm;
    private final String jcaAlgorithm;

    public JcaSigningKey(String keyId, PrivateKey key) {
        this.keyId = Objects.requireNonNull(keyId);
        this.key = Objects.requireNonNull(key);
        switch (key) {
            case RSAPrivateKey rsa -> {
                algorithm = "rsa-sha256";
                jcaAlgorithm = "SHA256withRSA";
            }
            case ECPrivateKey ec -> {
                int hashBits = switch (ec.getParams().getCurve().getField().getFieldSize()) {
                    case 256 -> 256;
                    case 384 -> 384;
                    case 521 -> 512;
                    default -> throw unsupported("ECDSA on a curve other than P-256, P-384 or P-521");
                };
                algorithm = "ecdsa-sha" + hashBits;
                jcaAlgorithm = "SHA" + hashBits + "withECDSA";
            }
            case EdECPrivateKey ed when ed.getParams().getName().equals("Ed25519") -> {
                algorithm = "ed25519-sha512";
                jcaAlgorithm = "Ed25519";
            }
            case EdECPrivateKey ed -> throw unsupported(ed.getParams().getName());
            default -> throw unsupported(key.getAlgorithm());
        }
    }

    @Override
    public String keyId() {
        return keyId;
    }

    @Override
    public String algorithm() {
        return algorithm;
    }

    @Override
    public byte[] sign(byte[] data) {
        try {
            Signature signature = Signature.getInstance(jcaAlgorithm);
            signature.initSign(key);
            signature.update(data);
            return signature.sign();
        } catch (GeneralSecurityException e) {
            throw new CloudmakerException("signing with key " + keyId + " (" + algorithm + ") failed: "
                    + e.getClass().getSimpleName());
        }
    }

    private IllegalArgumentException unsupported(String what) {
        return new IllegalArgumentException("key " + keyId + " cannot sign requests: its type (" + what
                + ") is not supported; use RSA, ECDSA on P-256/384/521 or Ed25519");
    }

    @Override
    public String toString() {
        return "JcaSigningKey[" + keyId + ", " + algorithm + "]";
    }
}
