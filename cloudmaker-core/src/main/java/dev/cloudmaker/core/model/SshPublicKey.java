package dev.cloudmaker.core.model;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Set;

/**
 * An OpenSSH public key line ({@code type base64 [comment]}), checked on parse: known type, valid
 * base64, a blob whose embedded type matches the declared one, and a blob that is whole. Clouds identify keys by the
 * MD5 fingerprint of the blob ({@code aa:bb:...}), so that is how cloudmaker matches them.
 */
public record SshPublicKey(String type, String base64, String comment) {
    private static final Set<String> TYPES = Set.of(
            "ssh-rsa", "ssh-ed25519", "ssh-dss",
            "ecdsa-sha2-nistp256", "ecdsa-sha2-nistp384", "ecdsa-sha2-nistp521",
            "sk-ssh-ed25519@openssh.com", "sk-ecdsa-sha2-nistp256@openssh.com");

    /** Parses one key line; the message of the exception says what is wrong, never the key material. */
    public static SshPublicKey parse(String line) {
        if (line == null || line.isBlank()) {
            throw new IllegalArgumentException("the public key is empty");
        }
        String trimmed = line.strip();
        if (trimmed.startsWith("-----BEGIN")) {
            throw new IllegalArgumentException("this is a PEM block (perhaps a private key), not an OpenSSH public key line");
        }
        String[] parts = trimmed.split("\\s+", 3);
        if (!TYPES.contains(parts[0])) {
            throw new IllegalArgumentException("unknown key type \"" + abbreviate(parts[0])
                    + "\"; expected one of ssh-ed25519, ssh-rsa, ecdsa-sha2-nistp256/384/521");
        }
        if (parts.length < 2) {
            throw new IllegalArgumentException("the key has a type but no key data after it");
        }
        byte[] blob;
        try {
            blob = Base64.getDecoder().decode(parts[1]);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("the key data is not valid base64");
        }
        String embedded = embeddedType(blob);
        if (!parts[0].equals(embedded)) {
            throw new IllegalArgumentException("the key data does not hold a " + parts[0] + " key");
        }
        if (!isWhole(blob)) {
            throw new IllegalArgumentException("the key data is cut short or damaged");
        }
        return new SshPublicKey(parts[0], parts[1], parts.length > 2 ? parts[2] : "");
    }

    /** {@code 3b:16:...}: MD5 of the decoded blob, as DigitalOcean and others show it. */
    public String md5Fingerprint() {
        try {
            byte[] digest = MessageDigest.getInstance("MD5").digest(Base64.getDecoder().decode(base64));
            return HexFormat.ofDelimiter(":").formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Whether {@code line} (an OpenSSH public key line) holds this key: the same type and blob, whatever
     * its comment. How keys are matched; fingerprints are for display only. A line that is no key is false.
     */
    public boolean sameKey(String line) {
        if (line == null) {
            return false;
        }
        String[] parts = line.trim().split("\\s+");
        return parts.length >= 2 && parts[0].equals(type) && parts[1].equals(base64);
    }

    /** The line as written in authorized_keys. */
    public String line() {
        return comment.isEmpty() ? type + " " + base64 : type + " " + base64 + " " + comment;
    }

    /**
     * Base64 cut short still decodes; but a key blob is a run of length-prefixed fields (the type,
     * then at least one key part) that fills it exactly, so a cut shows.
     */
    private static boolean isWhole(byte[] blob) {
        ByteBuffer buf = ByteBuffer.wrap(blob);
        int fields = 0;
        while (buf.remaining() >= 4) {
            int length = buf.getInt();
            if (length < 0 || length > buf.remaining()) {
                return false;
            }
            buf.position(buf.position() + length);
            fields++;
        }
        return buf.remaining() == 0 && fields >= 2;
    }

    private static String embeddedType(byte[] blob) {
        if (blob.length < 4) {
            return "";
        }
        ByteBuffer buf = ByteBuffer.wrap(blob);
        int len = buf.getInt();
        if (len <= 0 || len > blob.length - 4) {
            return "";
        }
        return new String(blob, 4, len, StandardCharsets.US_ASCII);
    }

    private static String abbreviate(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }
}
