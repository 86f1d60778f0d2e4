package dev.cloudmaker.emulator.aws;

import dev.cloudmaker.core.model.SshPublicKey;
import dev.cloudmaker.ssh.KeyFingerprint;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.spec.RSAPublicKeySpec;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Fingerprints as EC2 gives them for imported keys. RSA: the MD5 of the DER SubjectPublicKeyInfo as colon-separated hex,
 * EC2's own, computed here because it differs from OpenSSH's MD5 of the SSH blob ({@code SshPublicKey.md5Fingerprint}).
 * Ed25519: OpenSSH's SHA-256 fingerprint (cloudmaker-ssh's {@link KeyFingerprint}) written as EC2 writes it, padded
 * base64 without the {@code SHA256:} prefix.
 */
final class KeyFingerprints {
    private KeyFingerprints() {
    }

    static String of(SshPublicKey key) {
        byte[] blob = Base64.getDecoder().decode(key.base64());
        try {
            return switch (key.type()) {
                case "ssh-rsa" -> HexFormat.ofDelimiter(":").formatHex(MessageDigest.getInstance("MD5").digest(rsaDer(blob)));
                case "ssh-ed25519" -> awsForm(KeyFingerprint.sha256(key));
                default -> throw Ec2Error.invalid("InvalidKey.Format",
                        "Key is not in valid OpenSSH public key format");
            };
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** {@code SHA256:abc} (unpadded, as ssh-keygen prints it) → {@code abc=} as EC2 shows it. */
    private static String awsForm(String openSsh) {
        return Base64.getEncoder().encodeToString(Base64.getDecoder().decode(openSsh.substring("SHA256:".length())));
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
