package dev.cloudmaker.ssh.bootstrap.platform;

import static dev.cloudmaker.ssh.bootstrap.ShellQuote.quote;

import dev.cloudmaker.ssh.bootstrap.RemoteHost;

/** Services on every supported Linux family. */
public final class Systemd implements ServiceManager {
    static final Systemd INSTANCE = new Systemd();

    private Systemd() {
    }

    @Override
    public boolean running(RemoteHost host, String service) {
        String s = quote(service);
        return host.sudo("systemctl is-enabled --quiet " + s + " && systemctl is-active --quiet " + s).ok();
    }

    @Override
    public void start(RemoteHost host, String service) {
        String s = quote(service);
        host.sudoOk(enableAtBoot(s) + " && systemctl start " + s);
    }

    @Override
    public void restart(RemoteHost host, String service) {
        String s = quote(service);
        host.sudoOk(enableAtBoot(s) + " && systemctl restart " + s);
    }

    /**
     * Enables the unit only when it is not enabled yet: {@code systemctl enable} makes systemd look its
     * unit files up again and reload, about a second of the server's CPU even when nothing changes.
     */
    static String enableAtBoot(String quotedService) {
        return "{ systemctl is-enabled --quiet " + quotedService + " || systemctl enable " + quotedService + "; }";
    }

    @Override
    public void reload(RemoteHost host, String service) {
        host.sudoOk("systemctl reload " + quote(service));
    }
}
