package dev.cloudmaker.emulator.triton;

import dev.cloudmaker.core.http.JcaSigningKey;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;

/**
 * A fresh key pair of a type node-triton signs with, its OpenSSH public line and MD5 fingerprint, and a signer for
 * {@code /<login>/keys/<fingerprint>}: what a test (or a Triton provider's test) signs CloudAPI requests with.
 */
public record TritonTestKey(String type, KeyPair pair, String publicLine, String fingerprint) {

    public static TritonTestKey rsa() {
        return of("ssh-rsa", generate("RSA", null));
    }

    public static TritonTestKey ed25519() {
        return of("ssh-ed25519", generate("Ed25519", null));
    }

    /** @param bits 256, 384 or 521 */
    public static TritonTestKey ecdsa(int bits) {
        return of("ecdsa-sha2-nistp" + bits, generate("EC", new ECGenParameterSpec("secp" + bits + "r1")));
    }

    /** Signs as {@code /<login>/keys/<MD5 fingerprint>}, with the algorithm node-triton picks for the key. */
    public JcaSigningKey signer(String login) {
        return new JcaSigningKey("/" + login + "/keys/" + fingerprint, pair.getPrivate());
    }

    private static TritonTestKey of(String type, KeyPair pair) {
        byte[] blob = blob(type, pair);
        try {
            String fingerprint = HexFormat.ofDelimiter(":").formatHex(MessageDigest.getInstance("MD5").digest(blob));
            return new TritonTestKey(type, pair, type + " " + Base64.getEncoder().encodeToString(blob) + " test@cloudmaker",
                    fingerprint);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] blob(String type, KeyPair pair) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            string(out, type.getBytes(StandardCharsets.US_ASCII));
            switch (pair.getPublic()) {
                case RSAPublicKey rsa -> {
                    string(out, rsa.getPublicExponent().toByteArray());
                    string(out, rsa.getModulus().toByteArray());
                }
                case ECPublicKey ec -> {
                    int size = (ec.getParams().getCurve().getField().getFieldSize() + 7) / 8;
                    string(out, type.substring("ecdsa-sha2-".length()).getBytes(StandardCharsets.US_ASCII));
                    byte[] point = new byte[1 + 2 * size];
                    point[0] = 4;
                    copy(ec.getW().getAffineX(), point, 1, size);
                    copy(ec.getW().getAffineY(), point, 1 + size, size);
                    string(out, point);
                }
                default -> { // Ed25519: the last 32 bytes of its X.509 encoding
                    byte[] der = pair.getPublic().getEncoded();
                    string(out, Arrays.copyOfRange(der, der.length - 32, der.length));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static void copy(BigInteger value, byte[] into, int at, int size) {
        byte[] raw = value.toByteArray();
        int skip = Math.max(0, raw.length - size);
        System.arraycopy(raw, skip, into, at + size - (raw.length - skip), raw.length - skip);
    }

    private static void string(DataOutputStream out, byte[] value) throws IOException {
        out.writeInt(value.length);
        out.write(value);
    }

    private static KeyPair generate(String algorithm, ECGenParameterSpec curve) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance(algorithm);
            if (curve != null) {
                generator.initialize(curve);
            } else if (algorithm.equals("RSA")) {
                generator.initialize(2048);
            }
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public String toString() {
        return "TritonTestKey[" + type + ", " + fingerprint + "]"; // never the private key
    }
}
