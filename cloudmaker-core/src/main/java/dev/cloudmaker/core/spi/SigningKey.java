package dev.cloudmaker.core.spi;

/**
 * A private key that signs requests for a provider that authenticates by signature (Triton's
 * http-signature), without handing the key itself over: the user's SSH key from a file, and later an
 * ssh-agent, implement it. Implementations never show the key in {@code toString()} or exceptions.
 */
public interface SigningKey {
    /** How the server looks the key up, as sent in the signature (Triton: {@code /<login>/keys/<md5 fingerprint>}). */
    String keyId();

    /** The http-signature algorithm name, e.g. {@code rsa-sha256}, {@code ecdsa-sha384}, {@code ed25519-sha512}. */
    String algorithm();

    /** The signature of {@code data} in the algorithm's wire form (PKCS#1 v1.5, DER for ECDSA, raw for ed25519). */
    byte[] sign(byte[] data);
}
