package dev.cloudmaker.emulator.triton;

import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.AlgorithmParameters;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.ECParameterSpec;
import java.security.spec.ECPoint;
import java.security.spec.ECPublicKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Turns an OpenSSH public key line into a key the JDK verifies signatures with: RSA, ECDSA on NIST P-256/384/521
 * and Ed25519, the key types node-triton signs with.
 */
final class SshKeyDecoder {
    /** SubjectPublicKeyInfo of Ed25519 up to its 32 key bytes (RFC 8410). */
    private static final byte[] ED25519_PREFIX = HexFormat.of().parseHex("302a300506032b6570032100");

    private SshKeyDecoder() {
    }

    /** @throws IllegalArgumentException for a key type it cannot verify with (DSA, security keys) or a damaged key */
    static PublicKey decode(String line) {
        String[] parts = line.strip().split("\\s+");
        ByteBuffer blob = ByteBuffer.wrap(Base64.getDecoder().decode(parts[1]));
        String type = new String(field(blob), StandardCharsets.US_ASCII);
        try {
            return switch (type) {
                case "ssh-rsa" -> {
                    BigInteger e = new BigInteger(field(blob));
                    BigInteger n = new BigInteger(field(blob));
                    yield KeyFactory.getInstance("RSA").generatePublic(new RSAPublicKeySpec(n, e));
                }
                case "ecdsa-sha2-nistp256", "ecdsa-sha2-nistp384", "ecdsa-sha2-nistp521" -> ecdsa(blob);
                case "ssh-ed25519" -> {
                    byte[] raw = field(blob);
                    byte[] der = Arrays.copyOf(ED25519_PREFIX, ED25519_PREFIX.length + raw.length);
                    System.arraycopy(raw, 0, der, ED25519_PREFIX.length, raw.length);
                    yield KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(der));
                }
                default -> throw new IllegalArgumentException("keys of type " + type + " cannot sign requests here");
            };
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("the " + type + " key is damaged: " + e.getMessage(), e);
        }
    }

    private static PublicKey ecdsa(ByteBuffer blob) throws GeneralSecurityException {
        String curve = switch (new String(field(blob), StandardCharsets.US_ASCII)) {
            case "nistp256" -> "secp256r1";
            case "nistp384" -> "secp384r1";
            case "nistp521" -> "secp521r1";
            default -> throw new IllegalArgumentException("an ECDSA curve other than P-256, P-384 or P-521");
        };
        byte[] q = field(blob);
        if (q.length == 0 || q[0] != 4) {
            throw new IllegalArgumentException("the ECDSA point is not in uncompressed form");
        }
        int half = (q.length - 1) / 2;
        ECPoint point = new ECPoint(new BigInteger(1, Arrays.copyOfRange(q, 1, 1 + half)),
                new BigInteger(1, Arrays.copyOfRange(q, 1 + half, q.length)));
        AlgorithmParameters params = AlgorithmParameters.getInstance("EC");
        params.init(new ECGenParameterSpec(curve));
        ECParameterSpec spec = params.getParameterSpec(ECParameterSpec.class);
        return KeyFactory.getInstance("EC").generatePublic(new ECPublicKeySpec(point, spec));
    }

    private static byte[] field(ByteBuffer blob) {
        if (blob.remaining() < 4) {
            throw new IllegalArgumentException("the key data is cut short");
        }
        int length = blob.getInt();
        if (length < 0 || length > blob.remaining()) {
            throw new IllegalArgumentException("the key data is cut short");
        }
        byte[] out = new byte[length];
        blob.get(out);
        return out;
    }
}
