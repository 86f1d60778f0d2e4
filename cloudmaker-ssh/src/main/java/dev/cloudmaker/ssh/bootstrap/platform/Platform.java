package dev.cloudmaker.ssh.bootstrap.platform;

import static dev.cloudmaker.ssh.bootstrap.ShellQuote.quote;

import dev.cloudmaker.ssh.CommandResult;
import dev.cloudmaker.ssh.bootstrap.Distro;
import dev.cloudmaker.ssh.bootstrap.Family;
import dev.cloudmaker.ssh.bootstrap.RemoteHost;
import dev.cloudmaker.ssh.bootstrap.ShellQuote;
import java.time.Duration;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What differs between distribution families below the steps: packages, services, firewall, users.
 * Steps ask the platform of the host's distro and stay free of per-family command lines where they can.
 */
public sealed interface Platform permits DebianPlatform, RedHatPlatform, ArchPlatform, FreeBsdPlatform {
    /** Package installs download and unpack; on a slow mirror that takes a while. */
    Duration INSTALL_TIMEOUT = Duration.ofMinutes(30);

    static Platform of(Distro distro) {
        return switch (distro.family()) {
            case DEBIAN -> DebianPlatform.INSTANCE;
            case REDHAT -> RedHatPlatform.INSTANCE;
            case ARCH -> ArchPlatform.INSTANCE;
            case FREEBSD -> FreeBsdPlatform.INSTANCE;
        };
    }

    Family family();

    /** A shell test, true when the package named by {@code "$p"} is installed. */
    String installedTest();

    /** Which of {@code packages} are installed, asked in one round trip. */
    default Set<String> installed(RemoteHost host, Collection<String> packages) {
        if (packages.isEmpty()) {
            return Set.of();
        }
        String loop = "for p in " + ShellQuote.join(packages) + "; do " + installedTest() + " && echo \"$p\"; done; true";
        return host.sudoOk(loop).stdout().lines().map(String::strip).filter(packages::contains)
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    /**
     * Brings the package manager back from a run that was cut short (a killed machine, a lost session),
     * so installs work again; says what it did, or empty when it was healthy.
     */
    default Optional<String> repair(RemoteHost host) {
        return Optional.empty();
    }

    /** Installs the packages in one transaction, waiting while another process holds the package lock. */
    void install(RemoteHost host, List<String> packages);

    ServiceManager services();

    Firewall firewall();

    /** The unit or rc.d name of the SSH daemon. */
    default String sshService() {
        return "sshd";
    }

    default String sudoersDir() {
        return "/etc/sudoers.d";
    }

    default String addUserCommand(String user) {
        return "useradd -m -s /bin/bash " + quote(user);
    }

    default String addToGroupsCommand(String user, List<String> groups) {
        return "usermod -aG " + quote(String.join(",", groups)) + " " + quote(user);
    }

    /** Whether a command's output holds one of the phrases (a busy lock, stale package lists). */
    static boolean mentions(CommandResult r, List<String> phrases) {
        String text = r.stdout() + "\n" + r.stderr();
        return phrases.stream().anyMatch(text::contains);
    }
}
