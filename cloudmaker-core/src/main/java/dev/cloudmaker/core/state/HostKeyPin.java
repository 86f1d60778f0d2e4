package dev.cloudmaker.core.state;

import dev.cloudmaker.core.model.SshPublicKey;
import java.util.List;

/**
 * One server's pinned host key: {@code name,addr,[addr]:port ssh-ed25519 AAAA...} in known_hosts terms.
 *
 * @param location where the pin is, for messages ({@code /defs/shop/known_hosts line 3})
 * @param removal  how the user removes it once the server's console shows a new key is right
 *                 ({@code remove line 3 from /defs/shop/known_hosts})
 */
public record HostKeyPin(String serverName, List<String> hostPatterns, SshPublicKey key, String location, String removal) {
    public HostKeyPin {
        hostPatterns = List.copyOf(hostPatterns);
    }

    /** The pin as a known_hosts line. */
    public String line() {
        return String.join(",", hostPatterns) + " " + key.type() + " " + key.base64();
    }
}
