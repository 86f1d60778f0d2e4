package dev.cloudmaker.local;

import java.nio.file.Path;
import java.util.Map;

/**
 * Where local machines live and how they are networked: the state folder ({@code CLOUDMAKER_LOCAL_HOME},
 * default /var/lib/cloudmaker/local), the bridge and its subnet, and whether machines get NAT to the
 * host's networks (off: they reach only the host and each other, and install packages through the
 * apt proxy on the bridge).
 */
public record LocalSettings(Path home, String bridge, Subnet subnet, boolean nat) {
    public static final String DEFAULT_BRIDGE = "cmbr0";
    public static final String DEFAULT_SUBNET = "10.213.0.0/24";
    public static final Path DEFAULT_HOME = Path.of("/var/lib/cloudmaker/local");

    /** From the definition's {@code "local"} options, with the environment's home folder override. */
    public static LocalSettings from(Map<String, String> options, Map<String, String> env) {
        String home = env.getOrDefault("CLOUDMAKER_LOCAL_HOME", "");
        String bridge = options.getOrDefault("bridge", DEFAULT_BRIDGE);
        if (!bridge.matches("[a-zA-Z0-9_-]{1,15}")) {
            throw new LocalHostException("local.bridge \"" + bridge + "\" is not a network interface name:"
                    + " use 1-15 letters, digits, '-' or '_', like \"" + DEFAULT_BRIDGE + "\"");
        }
        Subnet subnet;
        try {
            subnet = Subnet.parse(options.getOrDefault("subnet", DEFAULT_SUBNET));
        } catch (IllegalArgumentException e) {
            throw new LocalHostException("local.subnet: " + e.getMessage() + "; use a private subnet like " + DEFAULT_SUBNET);
        }
        return new LocalSettings(home.isBlank() ? DEFAULT_HOME : Path.of(home), bridge, subnet,
                Boolean.parseBoolean(options.getOrDefault("nat", "false")));
    }

    public Path images() {
        return home.resolve("images");
    }

    public Path machines() {
        return home.resolve("machines");
    }

    public Path proxy() {
        return home.resolve("apt-proxy").resolve(bridge);
    }
}
