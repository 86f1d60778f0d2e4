package dev.cloudmaker.core.state;

import java.util.regex.Pattern;

/** Server names end up in known_hosts patterns and file names (host keys, logs), so only safe characters pass. */
public final class ServerNames {
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");

    private ServerNames() {
    }

    public static String require(String serverName) {
        if (serverName == null || !NAME.matcher(serverName).matches()) {
            throw new IllegalArgumentException("\"" + serverName + "\" is not a usable server name here:"
                    + " use letters, digits, '.', '_' and '-', starting with a letter or digit");
        }
        return serverName;
    }
}
