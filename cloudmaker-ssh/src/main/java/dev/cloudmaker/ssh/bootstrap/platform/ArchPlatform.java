package dev.cloudmaker.ssh.bootstrap.platform;

import dev.cloudmaker.ssh.CommandResult;
import dev.cloudmaker.ssh.bootstrap.CommandFailedException;
import dev.cloudmaker.ssh.bootstrap.Family;
import dev.cloudmaker.ssh.bootstrap.RemoteHost;
import dev.cloudmaker.ssh.bootstrap.ShellQuote;
import java.util.List;
import java.util.Optional;

/** Arch Linux: pacman, ufw, systemd. */
public final class ArchPlatform implements Platform {
    static final ArchPlatform INSTANCE = new ArchPlatform();

    /** A pacman killed with its machine leaves db.lck behind, and every later pacman refuses to run. */
    public static final String REMOVE_STALE_LOCK = "if [ -e /var/lib/pacman/db.lck ] && ! pgrep -x pacman >/dev/null;"
            + " then rm -f /var/lib/pacman/db.lck && echo removed; fi";

    private static final List<String> BUSY = List.of("unable to lock database");
    private static final List<String> STALE_DB = List.of("failed retrieving file", "target not found", "404");

    private ArchPlatform() {
    }

    @Override
    public Family family() {
        return Family.ARCH;
    }

    @Override
    public String installedTest() {
        return "pacman -Q \"$p\" >/dev/null 2>&1";
    }

    @Override
    public Optional<String> repair(RemoteHost host) {
        boolean removed = host.sudoOk(REMOVE_STALE_LOCK).stdout().contains("removed");
        return removed ? Optional.of("removed the stale pacman lock /var/lib/pacman/db.lck") : Optional.empty();
    }

    @Override
    public void install(RemoteHost host, List<String> packages) {
        String install = "pacman -S --needed --noconfirm " + ShellQuote.join(packages);
        CommandResult r = host.sudoWaiting(install, INSTALL_TIMEOUT, res -> Platform.mentions(res, BUSY));
        if (!r.ok() && Platform.mentions(r, STALE_DB)) {
            // The sync databases are older than the mirror. Refreshing them alone (-Sy) would make a
            // partial upgrade, which Arch does not support, so refresh and upgrade together.
            install = "pacman -Syu --needed --noconfirm " + ShellQuote.join(packages);
            r = host.sudoWaiting(install, INSTALL_TIMEOUT, res -> Platform.mentions(res, BUSY));
        }
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
        return Ufw.INSTANCE;
    }
}
