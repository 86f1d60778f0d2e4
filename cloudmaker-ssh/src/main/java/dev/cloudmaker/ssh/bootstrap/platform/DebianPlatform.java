package dev.cloudmaker.ssh.bootstrap.platform;

import dev.cloudmaker.ssh.CommandResult;
import dev.cloudmaker.ssh.bootstrap.CommandFailedException;
import dev.cloudmaker.ssh.bootstrap.Family;
import dev.cloudmaker.ssh.bootstrap.RemoteHost;
import dev.cloudmaker.ssh.bootstrap.ShellQuote;
import java.util.List;
import java.util.Optional;

/** Debian and Ubuntu: apt-get and dpkg, ufw, systemd. */
public final class DebianPlatform implements Platform {
    static final DebianPlatform INSTANCE = new DebianPlatform();

    /**
     * Never asks (noninteractive); keeps a changed configuration file and takes the package's default
     * for an unchanged one (confold, confdef); waits up to five minutes for dpkg's lock by itself.
     */
    public static final String APT_GET = "DEBIAN_FRONTEND=noninteractive apt-get -q -y -o DPkg::Lock::Timeout=300"
            + " -o Dpkg::Options::=--force-confdef -o Dpkg::Options::=--force-confold";
    public static final String UPDATE = "DEBIAN_FRONTEND=noninteractive apt-get -q -o DPkg::Lock::Timeout=300 update";
    /** True when dpkg finished its last run: no journal left in updates/ and no half-installed package. */
    public static final String DPKG_HEALTHY =
            "[ -z \"$(ls -A /var/lib/dpkg/updates 2>/dev/null)\" ] && [ -z \"$(dpkg --audit 2>/dev/null)\" ]";
    public static final String CONFIGURE_PENDING =
            "DEBIAN_FRONTEND=noninteractive dpkg --force-confdef --force-confold --configure -a";
    /** True when the package lists changed in the last hour (apt-get update rewrote some of them). */
    public static final String LISTS_FRESH = "find /var/lib/apt/lists -maxdepth 0 -mmin -60 | grep -q .";

    private static final List<String> BUSY = List.of("Could not get lock", "Unable to acquire the dpkg frontend lock",
            "Unable to lock directory", "is locked by another process", "was locked by another process");
    private static final List<String> STALE_LISTS = List.of("Unable to locate package", "has no installation candidate",
            "404  Not Found", "Unable to fetch some archives");

    private DebianPlatform() {
    }

    @Override
    public Family family() {
        return Family.DEBIAN;
    }

    @Override
    public String installedTest() {
        return "[ \"$(dpkg-query -W -f='${db:Status-Status}' \"$p\" 2>/dev/null)\" = installed ]";
    }

    /** A machine killed mid-install leaves dpkg half done, and apt refuses to work until it is finished. */
    @Override
    public Optional<String> repair(RemoteHost host) {
        if (host.sudo(DPKG_HEALTHY).ok()) {
            return Optional.empty();
        }
        CommandResult r = host.sudoWaiting(CONFIGURE_PENDING, INSTALL_TIMEOUT, DebianPlatform::busy);
        if (!r.ok()) {
            throw new CommandFailedException(host.server(), CONFIGURE_PENDING, r, "cannot finish an interrupted dpkg run");
        }
        return Optional.of("finished an interrupted dpkg run (dpkg --configure -a)");
    }

    @Override
    public void install(RemoteHost host, List<String> packages) {
        boolean updated = false;
        if (!host.sudo(LISTS_FRESH).ok()) {
            update(host);
            updated = true;
        }
        String install = APT_GET + " install " + ShellQuote.join(packages);
        CommandResult r = host.sudoWaiting(install, INSTALL_TIMEOUT, DebianPlatform::busy);
        if (!r.ok() && !updated && Platform.mentions(r, STALE_LISTS)) {
            // The lists looked fresh but lack a package or point at files the mirror has dropped.
            update(host);
            r = host.sudoWaiting(install, INSTALL_TIMEOUT, DebianPlatform::busy);
        }
        if (!r.ok()) {
            throw new CommandFailedException(host.server(), install, r);
        }
    }

    private static void update(RemoteHost host) {
        CommandResult r = host.sudoWaiting(UPDATE, INSTALL_TIMEOUT, DebianPlatform::busy);
        if (!r.ok()) {
            throw new CommandFailedException(host.server(), UPDATE, r);
        }
    }

    static boolean busy(CommandResult r) {
        // "are you root?" means the lock could not be taken for want of rights: waiting will not help.
        return Platform.mentions(r, BUSY) && !Platform.mentions(r, List.of("are you root"));
    }

    @Override
    public ServiceManager services() {
        return Systemd.INSTANCE;
    }

    @Override
    public Firewall firewall() {
        return Ufw.INSTANCE;
    }

    @Override
    public String sshService() {
        return "ssh";
    }
}
