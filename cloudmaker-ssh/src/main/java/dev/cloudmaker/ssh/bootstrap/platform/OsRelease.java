package dev.cloudmaker.ssh.bootstrap.platform;

import dev.cloudmaker.ssh.CommandResult;
import dev.cloudmaker.ssh.bootstrap.CommandFailedException;
import dev.cloudmaker.ssh.bootstrap.Distro;
import dev.cloudmaker.ssh.bootstrap.Family;
import dev.cloudmaker.ssh.bootstrap.RemoteHost;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Tells the distribution from os-release(5); FreeBSD before 13 has none, so uname answers there.
 * Runs as the login user: os-release is world-readable and sudo may not work yet on an odd image.
 */
public final class OsRelease {
    public static final String COMMAND = "cat /etc/os-release 2>/dev/null || cat /usr/lib/os-release 2>/dev/null || uname -sr";

    private OsRelease() {
    }

    public static Distro detect(RemoteHost host) {
        CommandResult r = host.run(COMMAND, RemoteHost.QUICK);
        if (!r.ok()) {
            throw new CommandFailedException(host.server(), COMMAND, r, "cannot read /etc/os-release or uname");
        }
        return distro(r.stdout());
    }

    /** The distribution an os-release text (or a {@code uname -sr} line) describes. */
    public static Distro distro(String text) {
        Map<String, String> fields = parse(text);
        if (!fields.containsKey("ID")) {
            return fromUname(text.strip());
        }
        String id = fields.get("ID").toLowerCase();
        List<String> idLike = Arrays.stream(fields.getOrDefault("ID_LIKE", "").toLowerCase().split("\\s+"))
                .filter(s -> !s.isEmpty()).toList();
        String pretty = fields.getOrDefault("PRETTY_NAME", fields.getOrDefault("NAME", id));
        Family family = Family.of(id, idLike).orElseThrow(() -> new UnsupportedDistroException(
                "unsupported distribution " + pretty + " (ID=" + id
                        + (idLike.isEmpty() ? "" : ", ID_LIKE=" + String.join(" ", idLike))
                        + "); the bootstrap supports " + Family.supportedIds()));
        return new Distro(id, idLike, fields.get("VERSION_ID"), pretty, family);
    }

    private static Distro fromUname(String uname) {
        String[] words = uname.split("\\s+");
        if (words.length == 2 && words[0].equals("FreeBSD")) {
            String version = words[1].replaceFirst("-.*", "");
            return new Distro("freebsd", List.of(), version, uname, Family.FREEBSD);
        }
        throw new UnsupportedDistroException("unsupported system: no /etc/os-release and uname says '" + uname
                + "'; the bootstrap supports " + Family.supportedIds());
    }

    /** The KEY=value lines of an os-release text; values may be quoted with " or ', with \ escapes in "". */
    public static Map<String, String> parse(String text) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (String line : text.split("\\R")) {
            line = line.strip();
            int eq = line.indexOf('=');
            if (line.startsWith("#") || eq <= 0 || !line.substring(0, eq).matches("[A-Z0-9_]+")) {
                continue;
            }
            fields.put(line.substring(0, eq), unquote(line.substring(eq + 1)));
        }
        return fields;
    }

    private static String unquote(String value) {
        if (value.length() >= 2 && value.startsWith("'") && value.endsWith("'")) {
            return value.substring(1, value.length() - 1);
        }
        if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
            StringBuilder out = new StringBuilder();
            String inner = value.substring(1, value.length() - 1);
            for (int i = 0; i < inner.length(); i++) {
                char c = inner.charAt(i);
                if (c == '\\' && i + 1 < inner.length() && "\"\\$`".indexOf(inner.charAt(i + 1)) >= 0) {
                    c = inner.charAt(++i);
                }
                out.append(c);
            }
            return out.toString();
        }
        return value;
    }
}
