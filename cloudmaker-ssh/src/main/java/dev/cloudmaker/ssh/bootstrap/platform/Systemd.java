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
        host.sudoOk("systemctl enable --now " + quote(service));
    }

    @Override
    public void restart(RemoteHost host, String service) {
        String s = quote(service);
        host.sudoOk("systemctl enable " + s + " && systemctl restart " + s);
    }

    @Override
    public void reload(RemoteHost host, String service) {
        host.sudoOk("systemctl reload " + quote(service));
    }
}
