package dev.cloudmaker.emulator.aws;

import dev.cloudmaker.core.model.SshPublicKey;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.spec.RSAPublicKeySpec;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Fingerprints as EC2 gives them for imported keys: RSA is the MD5 of the DER SubjectPublicKeyInfo as colon-separated
 * hex (not of the SSH blob); Ed25519 the padded base64 SHA-256 of the SSH blob.
 */
final class KeyFingerprints {
    private KeyFingerprints() {
    }

    static String of(SshPublicKey key) {
        byte[] blob = Base64.getDecoder().decode(key.base64());
        try {
            return switch (key.type()) {
                case "ssh-rsa" -> HexFormat.ofDelimiter(":").formatHex(MessageDigest.getInstance("MD5").digest(rsaDer(blob)));
                case "ssh-ed25519" -> Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256").digest(blob));
                default -> throw Ec2Error.invalid("InvalidKey.Format",
                        "Key is not in valid OpenSSH public key format");
            };
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    static String type(SshPublicKey key) {
        return key.type().equals("ssh-ed25519") ? "ed25519" : "rsa";
    }

    private static byte[] rsaDer(byte[] blob) throws GeneralSecurityException {
        ByteBuffer in = ByteBuffer.wrap(blob);
        read(in); // "ssh-rsa"
        BigInteger e = new BigInteger(read(in));
        BigInteger n = new BigInteger(read(in));
        return KeyFactory.getInstance("RSA").generatePublic(new RSAPublicKeySpec(n, e)).getEncoded();
    }

    private static byte[] read(ByteBuffer in) {
        byte[] b = new byte[in.getInt()];
        in.get(b);
        return b;
    }
}
