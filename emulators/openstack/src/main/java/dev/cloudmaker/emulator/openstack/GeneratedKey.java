package dev.cloudmaker.emulator.openstack;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPublicKey;
import java.util.Base64;

/**
 * A key pair Nova generates when a create names no public key (before 2.92): RSA, the public half as an OpenSSH
 * line, the private half as PKCS#8 PEM, which OpenSSH reads.
 */
record GeneratedKey(String publicLine, String privatePem) {

    static GeneratedKey rsa() {
        KeyPair pair;
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            pair = generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("this JDK cannot make RSA keys", e);
        }
        RSAPublicKey pub = (RSAPublicKey) pair.getPublic();
        ByteArrayOutputStream blob = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(blob)) {
            write(out, "ssh-rsa".getBytes(StandardCharsets.US_ASCII));
            write(out, pub.getPublicExponent().toByteArray());
            write(out, pub.getModulus().toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String line = "ssh-rsa " + Base64.getEncoder().encodeToString(blob.toByteArray()) + " Generated-by-Nova";
        String pem = "-----BEGIN PRIVATE KEY-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(pair.getPrivate().getEncoded())
                + "\n-----END PRIVATE KEY-----\n";
        return new GeneratedKey(line, pem);
    }

    private static void write(DataOutputStream out, byte[] bytes) throws IOException {
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    @Override
    public String toString() {
        return "GeneratedKey[" + publicLine + "]";
    }
}
