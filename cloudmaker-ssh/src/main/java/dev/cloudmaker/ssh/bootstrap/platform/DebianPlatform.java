package dev.cloudmaker.ssh.bootstrap.platform;

import dev.cloudmaker.ssh.CommandResult;
import dev.cloudmaker.ssh.bootstrap.CommandFailedException;
import dev.cloudmaker.ssh.bootstrap.Family;
import dev.cloudmaker.ssh.bootstrap.RemoteHost;
import dev.cloudmaker.ssh.bootstrap.ShellQuote;
import java.util.ArrayList;
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
    /** The packages dpkg was cut off unpacking, one a line: it wants them reinstalled. */
    public static final String HALF_INSTALLED = "dpkg-query -W -f='${db:Status-Eflag} ${db:Status-Status} ${binary:Package}\\n'"
            + " | awk '$1 == \"reinstreq\" || $2 == \"half-installed\" { print $3 }'";
    /** Unpacks the packages named after it again; aborts rather than remove a package. */
    public static final String REINSTALL = APT_GET + " --no-remove install --reinstall";
    /** Installs what unpacked packages still depend on; aborts rather than remove a package to get there. */
    public static final String FIX_BROKEN = APT_GET + " --no-remove -f install";
    public static final String AUDIT = "dpkg --audit";

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

    /**
     * A machine killed or a session cut mid-install leaves dpkg half done, and apt refuses to work until
     * it is finished. The remedies go mildest first, each only while dpkg is still unfinished: dpkg
     * --configure -a configures what was unpacked; a package cut off mid-unpack stays half-installed
     * until it is unpacked again; a package unpacked before its dependencies needs apt to install them.
     * Either of the last two can stand in the other's way, so the reinstall is tried before and after apt's fix.
     */
    @Override
    public Optional<String> repair(RemoteHost host) {
        if (healthy(host)) {
            return Optional.empty();
        }
        List<String> done = new ArrayList<>();
        // An apt-get orphaned by a lost session may still hold the lock and finish the run itself: wait for it.
        CommandResult configured = host.sudoWaiting(CONFIGURE_PENDING, INSTALL_TIMEOUT, DebianPlatform::busy);
        if (busy(configured)) {
            throw new CommandFailedException(host.server(), CONFIGURE_PENDING, configured,
                    "cannot finish an interrupted dpkg run while another process holds dpkg's lock");
        }
        done.add("dpkg --configure -a");
        if (!healthy(host)) {
            reinstallHalfInstalled(host).ifPresent(done::add);
        }
        if (!healthy(host)) {
            CommandResult fix = aptGet(host, FIX_BROKEN);
            done.add("apt-get -f install");
            reinstallHalfInstalled(host).ifPresent(done::add);
            if (!healthy(host)) {
                String why = "cannot finish an interrupted dpkg run (tried " + String.join(", ", done) + ")";
                // apt's refusal says best what stands in the way; without one, dpkg's own account
                throw fix.ok() ? new IllegalStateException(why + "; dpkg --audit says:\n" + host.sudo(AUDIT).stdout().strip())
                        : new CommandFailedException(host.server(), FIX_BROKEN, fix, why);
            }
        }
        return Optional.of("finished an interrupted dpkg run (" + String.join(", ", done) + ")");
    }

    private static boolean healthy(RemoteHost host) {
        return host.sudo(DPKG_HEALTHY).ok();
    }

    /** Unpacks the half-installed packages again; says so when it did, empty when there were none or apt refused. */
    private static Optional<String> reinstallHalfInstalled(RemoteHost host) {
        List<String> half = host.sudoOk(HALF_INSTALLED).stdout().lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
        if (half.isEmpty() || !aptGet(host, REINSTALL + " " + ShellQuote.join(half)).ok()) {
            return Optional.empty();
        }
        return Optional.of("reinstalled " + String.join(" ", half));
    }

    @Override
    public void install(RemoteHost host, List<String> packages) {
        String install = APT_GET + " install " + ShellQuote.join(packages);
        CommandResult r = aptGet(host, install);
        if (!r.ok()) {
            throw new CommandFailedException(host.server(), install, r);
        }
    }

    /**
     * Runs an apt-get command that may download, waiting while another process holds the lock; with
     * package lists too old for the mirror, updates them first (or after a failure that shows it).
     */
    private static CommandResult aptGet(RemoteHost host, String command) {
        boolean updated = false;
        if (!host.sudo(LISTS_FRESH).ok()) {
            update(host);
            updated = true;
        }
        CommandResult r = host.sudoWaiting(command, INSTALL_TIMEOUT, DebianPlatform::busy);
        if (!r.ok() && !updated && Platform.mentions(r, STALE_LISTS)) {
            // The lists looked fresh but lack a package or point at files the mirror has dropped.
            update(host);
            r = host.sudoWaiting(command, INSTALL_TIMEOUT, DebianPlatform::busy);
        }
        return r;
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
