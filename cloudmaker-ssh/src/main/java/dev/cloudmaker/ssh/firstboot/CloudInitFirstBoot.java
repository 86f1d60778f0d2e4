package dev.cloudmaker.ssh.firstboot;

import dev.cloudmaker.core.engine.FirstBoot;
import dev.cloudmaker.core.model.SshPublicKey;
import dev.cloudmaker.core.model.role.BootstrapSettings;
import dev.cloudmaker.core.state.HostKeyPins;
import dev.cloudmaker.ssh.HostKeyPair;
import dev.cloudmaker.ssh.SshTarget;

import java.util.List;

/**
 * The cloud-config cloudmaker gives every server it creates: the admin user (sudo without password,
 * key-only login, the definition's public key) and a host key generated here, pinned in the
 * workspace's known_hosts before the server exists. The definition's own user-data, if any, rides
 * along as a second part of a MIME multipart message, which cloud-init reads part by part.
 */
public final class CloudInitFirstBoot implements FirstBoot {
    static final String BOUNDARY = "==cloudmaker-first-boot==";

    private final HostKeyStore hostKeys;
    private final HostKeyPins pins;
    private final BootstrapSettings settings;
    private final SshPublicKey adminKey;

    public CloudInitFirstBoot(HostKeyStore hostKeys, HostKeyPins pins, BootstrapSettings settings, SshPublicKey adminKey) {
        this.hostKeys = hostKeys;
        this.pins = pins;
        this.settings = settings;
        this.adminKey = adminKey;
    }

    @Override
    public String userData(String server, String userData) {
        HostKeyPair key = hostKeys.forServer(server);
        // pinned by name now; the addresses are added once the server has them
        pins.pin(server, List.of(), SshTarget.SSH_PORT, key.sshPublicKey());
        String ours = cloudConfig(key);
        if (userData == null || userData.isBlank()) {
            return ours;
        }
        return multipart(ours, userData);
    }

    String cloudConfig(HostKeyPair key) {
        StringBuilder b = new StringBuilder("#cloud-config\n")
                .append("# written by cloudmaker: the admin user it logs in as, and the host key it pinned\n")
                .append("ssh_deletekeys: true\n")
                // only the type given below, so nothing is generated; cloud-init 24 and later reject an empty list
                .append("ssh_genkeytypes: [ed25519]\n")
                .append("ssh_keys:\n")
                .append("  ed25519_private: |\n");
        key.privateKeyText().reveal().lines().forEach(l -> b.append("    ").append(l).append('\n'));
        b.append("  ed25519_public: ").append(key.publicKeyLine()).append('\n')
                .append("users:\n")
                .append("  - name: ").append(settings.adminUser()).append('\n')
                .append("    sudo: \"ALL=(ALL) NOPASSWD:ALL\"\n")
                .append("    shell: /bin/bash\n")
                .append("    lock_passwd: true\n")
                .append("    ssh_authorized_keys:\n")
                .append("      - \"").append(adminKey.line()).append("\"\n");
        return b.toString();
    }

    private static String multipart(String ours, String theirs) {
        return "Content-Type: multipart/mixed; boundary=\"" + BOUNDARY + "\"\n"
                + "MIME-Version: 1.0\n\n"
                + part("text/cloud-config", "cloudmaker.cfg", ours)
                + part(contentType(theirs), "user-data", theirs)
                + "--" + BOUNDARY + "--\n";
    }

    private static String part(String type, String name, String body) {
        return "--" + BOUNDARY + "\n"
                + "Content-Type: " + type + "; charset=\"utf-8\"\n"
                + "Content-Disposition: attachment; filename=\"" + name + "\"\n\n"
                + body + (body.endsWith("\n") ? "" : "\n");
    }

    /** cloud-init tells user-data kinds apart by their first line; a MIME part must say it in its header. */
    static String contentType(String userData) {
        String first = userData.lines().findFirst().orElse("").strip();
        if (first.startsWith("#cloud-config")) {
            return "text/cloud-config";
        }
        if (first.startsWith("#cloud-boothook")) {
            return "text/cloud-boothook";
        }
        if (first.startsWith("#include")) {
            return "text/x-include-url";
        }
        if (first.startsWith("#!")) {
            return "text/x-shellscript";
        }
        return "text/plain";
    }
}
