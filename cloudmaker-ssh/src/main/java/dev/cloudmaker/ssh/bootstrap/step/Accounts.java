package dev.cloudmaker.ssh.bootstrap.step;

import static dev.cloudmaker.ssh.bootstrap.ShellQuote.quote;

import dev.cloudmaker.ssh.bootstrap.CommandFailedException;
import dev.cloudmaker.ssh.bootstrap.RemoteFiles;
import dev.cloudmaker.ssh.bootstrap.RemoteHost;
import dev.cloudmaker.ssh.bootstrap.platform.Platform;
import dev.cloudmaker.ssh.CommandResult;
import java.util.regex.Pattern;

/** User accounts as the admin-user and role-user steps need them: existence, keys, sudo. */
final class Accounts {
    private static final Pattern USER = Pattern.compile("[a-z_][a-z0-9_.-]{0,31}");

    private Accounts() {
    }

    static String checkName(String user) {
        if (user == null || !USER.matcher(user).matches()) {
            throw new IllegalArgumentException("not a user name (lower case letters, digits, _ . -): " + user);
        }
        return user;
    }

    static boolean exists(RemoteHost host, String user) {
        return host.sudo("id -u " + quote(user)).ok();
    }

    /** The user's home directory, from the password database. */
    static String home(RemoteHost host, String user) {
        String command = "getent passwd " + quote(user);
        CommandResult r = host.sudoOk(command);
        String[] fields = r.stdout().strip().split(":");
        if (fields.length < 6 || !fields[5].startsWith("/")) {
            throw new CommandFailedException(host.server(), command, r, "no home directory for " + user);
        }
        return fields[5];
    }

    static String primaryGroup(RemoteHost host, String user) {
        return host.sudoOk("id -gn " + quote(user)).stdout().strip();
    }

    static String authorizedKeys(RemoteHost host, String user) {
        return home(host, user) + "/.ssh/authorized_keys";
    }

    /** Makes the user's authorized_keys hold exactly {@code keys}; true when it had to change it. */
    static boolean putKeys(RemoteHost host, String user, String keys) {
        String owner = user + ":" + primaryGroup(host, user);
        String home = home(host, user);
        // Owned by the user, so ssh can write known_hosts there; sshd's StrictModes accepts 0700.
        boolean dir = host.files().ensureDirectory(home + "/.ssh", "0700", owner);
        boolean file = host.files().put(home + "/.ssh/authorized_keys", RemoteFiles.utf8(keys), "0600", owner);
        return dir || file;
    }

    /**
     * Gives the user password-less sudo through a drop-in checked by visudo before it is put in place
     * (a broken sudoers file would lock root work out), or takes it away; true when it changed.
     */
    static boolean putSudo(RemoteHost host, Platform platform, String user, boolean sudo) {
        // sudo skips drop-ins whose names hold a dot.
        String path = platform.sudoersDir() + "/cloudmaker-" + user.replace('.', '_');
        if (sudo) {
            byte[] rule = RemoteFiles.utf8(user + " ALL=(ALL) NOPASSWD:ALL\n");
            return host.files().put(path, rule, "0440", "root", tmp -> "visudo -cf " + tmp);
        }
        if (!host.files().exists(path)) {
            return false;
        }
        host.sudoOk("rm -f " + quote(path));
        return true;
    }
}
