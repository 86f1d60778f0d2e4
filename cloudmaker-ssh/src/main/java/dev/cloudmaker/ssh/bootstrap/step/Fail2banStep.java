package dev.cloudmaker.ssh.bootstrap.step;

import dev.cloudmaker.ssh.bootstrap.ConfigChange;
import dev.cloudmaker.ssh.bootstrap.Distro;
import dev.cloudmaker.ssh.bootstrap.RemoteFiles;
import dev.cloudmaker.ssh.bootstrap.RemoteHost;
import dev.cloudmaker.ssh.bootstrap.Step;
import dev.cloudmaker.ssh.bootstrap.StepResult;
import dev.cloudmaker.ssh.bootstrap.platform.Platform;
import dev.cloudmaker.ssh.bootstrap.platform.RedHatPlatform;
import dev.cloudmaker.ssh.bootstrap.platform.ServiceManager;
import java.util.ArrayList;
import java.util.List;

/**
 * fail2ban bans addresses that keep failing SSH logins. Its sshd jail reads the systemd journal on
 * Linux: Debian 12 has no rsyslog, hence no auth.log, and the stock jail would not even start there.
 */
public final class Fail2banStep implements Step {
    public static final String JAIL = "/etc/fail2ban/jail.d/cloudmaker-sshd.local";
    static final String FREEBSD_JAIL = "/usr/local/etc/fail2ban/jail.d/cloudmaker-sshd.local";
    private static final String MARKER = "fail2ban-restart";

    private final int sshPort;

    public Fail2banStep(int sshPort) {
        this.sshPort = sshPort;
    }

    @Override
    public String name() {
        return "fail2ban";
    }

    @Override
    public List<String> packages(RemoteHost host) {
        Distro distro = host.distro();
        return switch (distro.family()) {
            // The journal backend needs the systemd bindings for Python.
            case DEBIAN -> List.of("fail2ban", "python3-systemd");
            case REDHAT -> {
                List<String> p = new ArrayList<>(RedHatPlatform.epelFor(distro));
                p.addAll(List.of("fail2ban", "python3-systemd"));
                yield p;
            }
            case ARCH -> List.of("fail2ban", "python-systemd");
            case FREEBSD -> List.of("py311-fail2ban");
        };
    }

    /** The jail; a .local file in jail.d overrides the distribution's jail.conf and jail.d/*.conf. */
    public String jail(boolean systemd) {
        return "# Managed by cloudmaker.\n"
                + "[sshd]\n"
                + "enabled = true\n"
                + "port = " + sshPort + "\n"
                + (systemd ? "backend = systemd\n" : "backend = auto\nlogpath = /var/log/auth.log\nbanaction = pf\n");
    }

    @Override
    public StepResult apply(RemoteHost host) {
        Platform platform = Platform.of(host.distro());
        ServiceManager services = platform.services();
        boolean systemd = host.distro().family().systemd();
        String path = systemd ? JAIL : FREEBSD_JAIL;
        boolean running = services.running(host, "fail2ban");
        boolean changed = ConfigChange.apply(host, MARKER, path, RemoteFiles.utf8(jail(systemd)), "0644", "root", null, () -> {
            host.sudoOk("fail2ban-client -t");
            services.restart(host, "fail2ban");
        });
        if (changed) {
            return StepResult.changed(name(), "sshd jail on port " + sshPort + ", fail2ban restarted");
        }
        if (!running) {
            services.start(host, "fail2ban");
            return StepResult.changed(name(), "started fail2ban");
        }
        return StepResult.ok(name(), "sshd jail on port " + sshPort + ", running");
    }
}
