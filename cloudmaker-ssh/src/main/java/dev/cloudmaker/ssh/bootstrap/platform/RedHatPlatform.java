package dev.cloudmaker.ssh.bootstrap.platform;

import dev.cloudmaker.ssh.CommandResult;
import dev.cloudmaker.ssh.bootstrap.CommandFailedException;
import dev.cloudmaker.ssh.bootstrap.Distro;
import dev.cloudmaker.ssh.bootstrap.Family;
import dev.cloudmaker.ssh.bootstrap.RemoteHost;
import dev.cloudmaker.ssh.bootstrap.ShellQuote;
import java.util.ArrayList;
import java.util.List;

/** Fedora, RHEL and its rebuilds: dnf and rpm, firewalld, systemd. */
public final class RedHatPlatform implements Platform {
    static final RedHatPlatform INSTANCE = new RedHatPlatform();
    /** Where fail2ban and friends come from outside Fedora; it must be installed before what it offers. */
    public static final String EPEL = "epel-release";

    private static final List<String> BUSY = List.of("Failed to obtain rpm transaction lock", "Waiting for process with pid");

    private RedHatPlatform() {
    }

    /** The packages from EPEL need it first on RHEL and its rebuilds; Fedora has them itself. */
    public static List<String> epelFor(Distro distro) {
        return distro.id().equals("fedora") ? List.of() : List.of(EPEL);
    }

    @Override
    public Family family() {
        return Family.REDHAT;
    }

    /** Asks for what provides the name, so a package renamed by dnf5 (dnf-automatic) still counts. */
    @Override
    public String installedTest() {
        return "rpm -q --whatprovides \"$p\" >/dev/null 2>&1";
    }

    @Override
    public void install(RemoteHost host, List<String> packages) {
        List<String> rest = new ArrayList<>(packages);
        if (rest.remove(EPEL)) {
            // RHEL proper has no epel-release package; EPEL publishes one per major version.
            Distro d = host.distro();
            String source = d.id().equals("rhel")
                    ? "https://dl.fedoraproject.org/pub/epel/epel-release-latest-" + d.majorVersion() + ".noarch.rpm" : EPEL;
            dnf(host, List.of(source));
        }
        if (!rest.isEmpty()) {
            dnf(host, rest);
        }
    }

    private static void dnf(RemoteHost host, List<String> packages) {
        // dnf refreshes expired metadata by itself, so there is no separate update.
        String install = "dnf install -y " + ShellQuote.join(packages);
        CommandResult r = host.sudoWaiting(install, INSTALL_TIMEOUT, res -> Platform.mentions(res, BUSY));
        if (!r.ok()) {
            throw new CommandFailedException(host.server(), install, r);
        }
    }

    @Override
    public ServiceManager services() {
        return Systemd.INSTANCE;
    }

    @Override
    public Firewall firewall() {
        return Firewalld.INSTANCE;
    }
}
