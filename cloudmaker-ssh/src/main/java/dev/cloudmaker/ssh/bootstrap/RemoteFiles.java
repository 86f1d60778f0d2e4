package dev.cloudmaker.ssh.bootstrap;

import static dev.cloudmaker.ssh.bootstrap.ShellQuote.quote;

import dev.cloudmaker.ssh.CommandResult;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

/**
 * The files of a {@link RemoteHost}, read and changed as root: each change checks first and reports
 * whether it had to change anything, so that a step reads as its check followed by its change. Modes,
 * owners and paths are checked before anything is sent.
 */
public final class RemoteFiles {
    private static final Pattern MODE = Pattern.compile("[0-7]{3,4}");

    private final RemoteHost host;

    RemoteFiles(RemoteHost host) {
        this.host = host;
    }

    public boolean exists(String path) {
        return host.sudo("test -e " + quote(path)).ok();
    }

    /** The file's content as text, empty when it does not exist. */
    public Optional<String> read(String path) {
        CommandResult r = host.sudo("cat " + quote(path));
        return r.ok() ? Optional.of(r.stdout()) : Optional.empty();
    }

    /** Whether the file holds exactly {@code content} with this mode and owner, in one round trip. */
    public boolean matches(String path, byte[] content, String mode, String owner) {
        checkMode(mode);
        parent(path);
        CommandResult r = host.sudo("sha256sum " + quote(path) + " && find " + quote(path) + " -maxdepth 0 -perm " + mode
                + " " + Owner.parse(owner).findTests());
        // sha256sum prints the hash; find prints the path again only when mode and owner match.
        return r.ok() && r.stdout().strip().lines().count() == 2 && firstWord(r.stdout()).equals(sha256(content));
    }

    public boolean put(String path, byte[] content, String mode, String owner) {
        return put(path, content, mode, owner, null);
    }

    /**
     * Makes the file hold {@code content} with this mode and owner; true when it had to change it.
     * {@code validator}, given the quoted path of the uploaded copy, returns a command that checks it
     * (like {@code visudo -cf}); the file is only put in place when that succeeds. May be null.
     */
    public boolean put(String path, byte[] content, String mode, String owner, UnaryOperator<String> validator) {
        if (matches(path, content, mode, owner)) {
            return false;
        }
        write(path, content, mode, owner, validator);
        return true;
    }

    /**
     * Writes the file without checking first, for callers that just did. The content is uploaded as the
     * login user to a file only it may read, then moved into place with install(1), so the file is never
     * seen half written or with the wrong owner or mode.
     */
    public void write(String path, byte[] content, String mode, String owner, UnaryOperator<String> validator) {
        checkMode(mode);
        String upload = host.home() + "/.cloudmaker-upload-" + sha256(content).substring(0, 16);
        host.upload(upload, content, 0600);
        String tmp = quote(upload);
        String install = "mkdir -p " + quote(parent(path)) + " && install " + Owner.parse(owner).installOptions()
                + " -m " + mode + " " + tmp + " " + quote(path);
        String checked = validator == null ? install : validator.apply(tmp) + " && " + install;
        host.sudoOk(checked + "; rc=$?; rm -f " + tmp + "; exit $rc");
    }

    /** Makes {@code path} a directory with this mode and owner; true when it had to change it. */
    public boolean ensureDirectory(String path, String mode, String owner) {
        checkMode(mode);
        Owner o = Owner.parse(owner);
        if (host.sudo("find " + quote(path) + " -maxdepth 0 -type d -perm " + mode + " " + o.findTests() + " | grep -q .").ok()) {
            return false;
        }
        host.sudoOk("install -d " + o.installOptions() + " -m " + mode + " " + quote(path));
        return true;
    }

    public static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    public static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static void checkMode(String mode) {
        if (mode == null || !MODE.matcher(mode).matches()) {
            throw new IllegalArgumentException("not an octal file mode like 0644: " + mode);
        }
    }

    /** The directory holding {@code path}; refuses a path that is not absolute or names a directory. */
    private static String parent(String path) {
        int slash = path.lastIndexOf('/');
        if (!path.startsWith("/") || slash == path.length() - 1) {
            throw new IllegalArgumentException("not an absolute file path: " + path);
        }
        return slash == 0 ? "/" : path.substring(0, slash);
    }

    private static String firstWord(String text) {
        String word = text.strip().split("\\s+", 2)[0];
        // GNU sha256sum marks a line whose file name it had to escape with a leading backslash.
        return word.startsWith("\\") ? word.substring(1) : word;
    }
}
