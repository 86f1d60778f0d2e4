package dev.cloudmaker.ssh;

import dev.cloudmaker.core.model.SshPublicKey;
import java.nio.file.Path;
import java.security.PublicKey;
import java.util.List;

/**
 * One server's line in a {@link KnownHosts} file: {@code name,addr,[addr]:port ssh-ed25519 AAAA...}.
 * {@code lineNumber} counts from 1 and is where the line was when the file was read.
 */
public record HostKeyPin(Path file, int lineNumber, String serverName, List<String> hostPatterns, SshPublicKey key) {
    public HostKeyPin {
        hostPatterns = List.copyOf(hostPatterns);
    }

    /** The line as it stands in the file. */
    public String line() {
        return String.join(",", hostPatterns) + " " + key.type() + " " + key.base64();
    }

    public PublicKey publicKey() {
        return KeyCodec.publicKey(key.line());
    }

    /** {@code SHA256:...}, as ssh prints it. */
    public String fingerprint() {
        return KeyCodec.fingerprint(publicKey());
    }
}
