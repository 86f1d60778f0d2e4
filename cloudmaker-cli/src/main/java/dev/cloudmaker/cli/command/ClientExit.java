package dev.cloudmaker.cli.command;

import dev.cloudmaker.cli.Session;
import dev.cloudmaker.core.http.Json;
import dev.cloudmaker.core.spi.CloudServer;

/**
 * The document of ssh, scp and rsync with --json: the server and the client's exit code (the program's
 * own output went to stderr, stdout holding only the document).
 */
final class ClientExit {
    private ClientExit() {
    }

    static void write(Session session, CloudServer server, int exitCode) {
        if (session.options().json()) {
            session.json().write(Json.object().put("server", server.name()).put("exit_code", exitCode));
        }
    }
}
