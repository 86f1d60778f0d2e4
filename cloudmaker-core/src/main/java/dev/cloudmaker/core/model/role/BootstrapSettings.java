package dev.cloudmaker.core.model.role;

/**
 * How cloudmaker brings a server to its secure state after it boots: whether it does so at all,
 * which admin user it logs in as (created through cloud-init with the definition's key and sudo), and
 * the port sshd listens on after hardening.
 */
public record BootstrapSettings(boolean enabled, String adminUser, int sshPort) {
    public static final String DEFAULT_ADMIN = "cloudmaker";

    public static BootstrapSettings defaults() {
        return new BootstrapSettings(true, DEFAULT_ADMIN, 22);
    }
}
