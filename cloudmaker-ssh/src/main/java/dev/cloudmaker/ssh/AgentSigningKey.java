package dev.cloudmaker.ssh;

import dev.cloudmaker.core.CloudmakerException;
import dev.cloudmaker.core.spi.SigningKey;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Path;
import java.security.PublicKey;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.EdECPublicKey;
import java.security.interfaces.RSAPublicKey;
import java.util.Map;
import java.util.Objects;
import org.apache.sshd.common.util.buffer.ByteArrayBuffer;

/**
 * A {@link SigningKey} whose private half the ssh-agent holds: each signature is asked of the agent, in the
 * algorithm node-triton's agent path uses (RSA as {@code rsa-sha2-256}, ECDSA with its curve's hash, Ed25519), and
 * turned into the http-signature wire form (the agent's ECDSA {@code r}, {@code s} become DER).
 */
final class AgentSigningKey implements SigningKey {
    private final String keyId;
    private final Path socket;
    private final PublicKey key;
    private final String algorithm;
    private final String agentAlgorithm;

    AgentSigningKey(String keyId, Path socket, PublicKey key) {
        this.keyId = Objects.requireNonNull(keyId);
        this.socket = Objects.requireNonNull(socket);
        this.key = Objects.requireNonNull(key);
        switch (key) {
            case RSAPublicKey rsa -> {
                algorithm = "rsa-sha256";
                agentAlgorithm = "rsa-sha2-256";
            }
            case ECPublicKey ec -> {
                int bits = ec.getParams().getCurve().getField().getFieldSize();
                algorithm = "ecdsa-sha" + switch (bits) {
                    case 256 -> 256;
                    case 384 -> 384;
                    case 521 -> 512;
                    default -> throw unsupported("ECDSA on a " + bits + "-bit curve");
                };
                agentAlgorithm = "ecdsa-sha2-nistp" + bits;
            }
            case EdECPublicKey ed -> {
                algorithm = "ed25519-sha512";
                agentAlgorithm = "ssh-ed25519";
            }
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
        try (AgentSocket agent = new AgentSocket(socket, null)) {
            Map.Entry<String, byte[]> signed = agent.sign(null, key, agentAlgorithm, data);
            return key instanceof ECPublicKey ? der(signed.getValue()) : signed.getValue();
        } catch (IOException | RuntimeException e) {
            throw new CloudmakerException("the ssh-agent at " + socket + " did not sign with key " + keyId + " ("
                    + algorithm + "): " + e.getMessage());
        }
    }

    /** The agent's ECDSA signature is {@code mpint r, mpint s}; http-signature wants {@code SEQUENCE {INTEGER r, INTEGER s}}. */
    static byte[] der(byte[] sshSignature) {
        ByteArrayBuffer in = new ByteArrayBuffer(sshSignature);
        byte[] r = derInteger(in.getMPInt());
        byte[] s = derInteger(in.getMPInt());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(0x30);
        length(out, r.length + s.length);
        out.writeBytes(r);
        out.writeBytes(s);
        return out.toByteArray();
    }

    private static byte[] derInteger(BigInteger value) {
        byte[] bytes = value.toByteArray();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(0x02);
        length(out, bytes.length);
        out.writeBytes(bytes);
        return out.toByteArray();
    }

    private static void length(ByteArrayOutputStream out, int length) {
        if (length < 0x80) {
            out.write(length);
        } else if (length < 0x100) {
            out.write(0x81);
            out.write(length);
        } else {
            out.write(0x82);
            out.write(length >> 8);
            out.write(length & 0xff);
        }
    }

    private IllegalArgumentException unsupported(String what) {
        return new IllegalArgumentException("the ssh-agent's key " + keyId + " cannot sign requests: its type (" + what
                + ") is not supported; use RSA, ECDSA on P-256/384/521 or Ed25519");
    }

    @Override
    public String toString() {
        return "AgentSigningKey[" + keyId + ", " + algorithm + ", " + socket + "]";
    }
}
