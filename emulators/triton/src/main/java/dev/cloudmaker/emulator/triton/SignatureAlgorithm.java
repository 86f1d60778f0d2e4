package dev.cloudmaker.emulator.triton;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The http-signature algorithms CloudAPI accepts ({@code SIGN_ALGOS}), with the JDK's name for each. The hash comes
 * from the header, not from the key's curve (triton-go signs {@code ecdsa-sha512} with P-256 keys); Ed25519 signs the
 * signing string itself, {@code -sha512} being only the label.
 */
enum SignatureAlgorithm {
    RSA_SHA1("rsa-sha1", "SHA1withRSA", "RSA"),
    RSA_SHA256("rsa-sha256", "SHA256withRSA", "RSA"),
    RSA_SHA384("rsa-sha384", "SHA384withRSA", "RSA"),
    RSA_SHA512("rsa-sha512", "SHA512withRSA", "RSA"),
    DSA_SHA1("dsa-sha1", "SHA1withDSA", "DSA"),
    DSA_SHA256("dsa-sha256", "SHA256withDSA", "DSA"),
    ECDSA_SHA256("ecdsa-sha256", "SHA256withECDSA", "EC"),
    ECDSA_SHA384("ecdsa-sha384", "SHA384withECDSA", "EC"),
    ECDSA_SHA512("ecdsa-sha512", "SHA512withECDSA", "EC"),
    ED25519_SHA512("ed25519-sha512", "Ed25519", "EdDSA");

    private final String label;
    private final String jcaName;
    private final String keyAlgorithm;

    SignatureAlgorithm(String label, String jcaName, String keyAlgorithm) {
        this.label = label;
        this.jcaName = jcaName;
        this.keyAlgorithm = keyAlgorithm;
    }

    /** By its label in the Authorization header, in any case. */
    static Optional<SignatureAlgorithm> of(String label) {
        String lower = label.toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(a -> a.label.equals(lower)).findFirst();
    }

    String label() {
        return label;
    }

    String jcaName() {
        return jcaName;
    }

    /** Whether a key of this JDK algorithm ({@code RSA}, {@code EC}, {@code EdDSA} or {@code Ed25519}) signs it. */
    boolean fits(String keyAlgorithmName) {
        return keyAlgorithm.equals(keyAlgorithmName) || (this == ED25519_SHA512 && keyAlgorithmName.equals("Ed25519"));
    }
}
