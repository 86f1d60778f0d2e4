package dev.cloudmaker.ssh.bootstrap.step;

import dev.cloudmaker.ssh.CommandResult;
import dev.cloudmaker.ssh.bootstrap.CommandFailedException;
import dev.cloudmaker.ssh.bootstrap.ConfigChange;
import dev.cloudmaker.ssh.bootstrap.Family;
import dev.cloudmaker.ssh.bootstrap.RemoteFiles;
import dev.cloudmaker.ssh.bootstrap.RemoteHost;
import dev.cloudmaker.ssh.bootstrap.Step;
import dev.cloudmaker.ssh.bootstrap.StepResult;
import dev.cloudmaker.ssh.bootstrap.platform.Platform;
import java.util.List;
import java.util.Optional;

/**
 * sshd allows keys only, no root, on the configured port. The settings go in a drop-in where the main
 * file includes sshd_config.d (Debian, Ubuntu, Fedora, EL9), else in a marked block at the top of the
 * main file (sshd keeps the first value it reads, so both come before anything else). The config is
 * tested with sshd -t and put back when sshd rejects it; sshd is reloaded, never restarted, so this
 * session survives. A reload owed by a cut-off run is remembered by a pending marker.
 */
public final class SshdStep implements Step {
    public static final String MAIN = "/etc/ssh/sshd_config";
    public static final String DROP_IN = "/etc/ssh/sshd_config.d/00-cloudmaker.conf";
    public static final String INCLUDES_DROP_INS =
            "grep -Eq '^[[:space:]]*Include[[:space:]]+/etc/ssh/sshd_config\\.d/\\*\\.conf' " + MAIN;
    static final String BEGIN = "# BEGIN cloudmaker: sshd keeps the first value it reads, so this block comes first";
    static final String END = "# END cloudmaker";
    private static final String MARKER = "sshd-reload";

    private final int port;

    public SshdStep(int port) {
        this.port = port;
    }

    @Override
    public String name() {
        return "sshd";
    }

    @Override
    public List<String> packages(RemoteHost host) {
        // semanage, to let sshd bind a port SELinux does not know as an SSH port.
        return host.distro().family() == Family.REDHAT && port != 22 ? List.of("policycoreutils-python-utils") : List.of();
    }

    /** The settings the bootstrap enforces, one per line. */
    String settings() {
        return "PermitRootLogin no\n"
                + "PasswordAuthentication no\n"
                + "KbdInteractiveAuthentication no\n"
                + "PubkeyAuthentication yes\n"
                + (port == 22 ? "" : "Port " + port + "\n");
    }

    @Override
    public StepResult apply(RemoteHost host) {
        Platform platform = Platform.of(host.distro());
        boolean dropIn = host.sudo(INCLUDES_DROP_INS).ok();
        String path = dropIn ? DROP_IN : MAIN;
        Optional<String> main = dropIn ? Optional.empty() : host.files().read(MAIN);
        String wanted = dropIn
                ? "# Managed by cloudmaker. Sorts before cloud-init's 50-cloud-init.conf, so its values win.\n" + settings()
                : withBlock(main.orElse(""), settings());
        byte[] content = RemoteFiles.utf8(wanted);
        String listening = "port " + port;
        if (host.files().matches(path, content, "0644", "root") && !ConfigChange.pending(host, MARKER)) {
            return StepResult.ok(name(), "keys only, no root login, " + listening);
        }
        Optional<String> before = dropIn ? host.files().read(DROP_IN) : main;
        ConfigChange.markPending(host, MARKER);
        host.files().write(path, content, "0644", "root", null);
        CommandResult test = host.sudo("sshd -t");
        if (!test.ok()) {
            if (before.isPresent()) {
                host.files().put(path, RemoteFiles.utf8(before.get()), "0644", "root");
            } else {
                host.sudoOk("rm -f " + path);
            }
            ConfigChange.clearPending(host, MARKER);
            throw new CommandFailedException(host.server(), "sshd -t", test, "sshd rejects the new configuration (the old one is back)");
        }
        if (port != 22 && platform.family() == Family.REDHAT) {
            allowPortInSelinux(host);
        }
        reload(host, platform);
        ConfigChange.clearPending(host, MARKER);
        String reconnect = port != host.loginPort() ? "; sshd now listens on port " + port + ": reconnect there" : "";
        return StepResult.changed(name(), "keys only, no root login, " + listening + reconnect);
    }

    private void allowPortInSelinux(RemoteHost host) {
        if (!host.sudo("selinuxenabled").ok()) {
            return;
        }
        if (!host.sudo("semanage port -l | grep '^ssh_port_t' | grep -qw " + port).ok()) {
            // -a fails for a port another type already claims; -m moves it over.
            host.sudoOk("semanage port -a -t ssh_port_t -p tcp " + port + " || semanage port -m -t ssh_port_t -p tcp " + port);
        }
    }

    private static void reload(RemoteHost host, Platform platform) {
        if (platform.family() == Family.DEBIAN && host.sudo("systemctl is-active --quiet ssh.socket").ok()) {
            // Ubuntu 22.10 and later start sshd from ssh.socket, whose generator takes the port from the
            // config: the socket must be regenerated and restarted (open sessions stay).
            host.sudoOk("systemctl daemon-reload && systemctl restart ssh.socket");
        } else {
            platform.services().reload(host, platform.sshService());
        }
    }

    /** The main file with our block at its top, replacing the block an earlier run put there. */
    static String withBlock(String main, String settings) {
        StringBuilder rest = new StringBuilder();
        boolean inBlock = false;
        for (String line : main.split("\n", -1)) {
            if (line.startsWith("# BEGIN cloudmaker")) {
                inBlock = true;
            } else if (inBlock && line.equals(END)) {
                inBlock = false;
            } else if (!inBlock) {
                rest.append(line).append('\n');
            }
        }
        String tail = rest.toString();
        // split keeps a last empty piece when the text ends with a newline; one newline is enough.
        tail = tail.endsWith("\n\n") || (tail.equals("\n")) ? tail.substring(0, tail.length() - 1) : tail;
        return BEGIN + "\n" + settings + END + "\n" + tail;
    }
}
