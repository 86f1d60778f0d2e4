package dev.cloudmaker.ssh.bootstrap.platform;

import static dev.cloudmaker.ssh.bootstrap.ShellQuote.quote;

import dev.cloudmaker.ssh.CommandResult;
import dev.cloudmaker.ssh.bootstrap.CommandFailedException;
import dev.cloudmaker.ssh.bootstrap.Family;
import dev.cloudmaker.ssh.bootstrap.RemoteHost;
import dev.cloudmaker.ssh.bootstrap.ShellQuote;
import java.util.List;
import java.util.stream.Collectors;

/** FreeBSD: pkg, pf, rc.d; third-party software lives under /usr/local. */
public final class FreeBsdPlatform implements Platform {
    static final FreeBsdPlatform INSTANCE = new FreeBsdPlatform();

    private static final List<String> BUSY = List.of("locked by another process", "Cannot get an exclusive lock");

    private FreeBsdPlatform() {
    }

    @Override
    public Family family() {
        return Family.FREEBSD;
    }

    @Override
    public String installedTest() {
        return "pkg info -e \"$p\"";
    }

    @Override
    public void install(RemoteHost host, List<String> packages) {
        // ASSUME_ALWAYS_YES also lets pkg bootstrap itself on a fresh system instead of asking.
        String install = "env ASSUME_ALWAYS_YES=yes pkg install -y " + ShellQuote.join(packages);
        CommandResult r = host.sudoWaiting(install, INSTALL_TIMEOUT, res -> Platform.mentions(res, BUSY));
        if (!r.ok()) {
            throw new CommandFailedException(host.server(), install, r);
        }
    }

    @Override
    public ServiceManager services() {
        return RcServices.INSTANCE;
    }

    @Override
    public Firewall firewall() {
        return Pf.INSTANCE;
    }

    @Override
    public String sudoersDir() {
        return "/usr/local/etc/sudoers.d";
    }

    @Override
    public String addUserCommand(String user) {
        return "pw useradd -n " + quote(user) + " -m -s /bin/sh";
    }

    @Override
    public String addToGroupsCommand(String user, List<String> groups) {
        return groups.stream().map(g -> "pw groupmod " + quote(g) + " -m " + quote(user)).collect(Collectors.joining(" && "));
    }
}
