package dev.cloudmaker.core;

/**
 * A command on a server could not be run to its end: the connection failed or was cut, the command
 * timed out, or it failed in a way the step cannot go on from. {@code server} names the server.
 */
public class RemoteCommandException extends CloudmakerException {
    private final String server;

    public RemoteCommandException(String server, String message) {
        super(server + ": " + message);
        this.server = server;
    }

    public RemoteCommandException(String server, String message, Throwable cause) {
        super(server + ": " + message, cause);
        this.server = server;
    }

    public String server() {
        return server;
    }
}
