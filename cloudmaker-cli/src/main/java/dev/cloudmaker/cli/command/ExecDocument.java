package dev.cloudmaker.cli.command;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cloudmaker.cli.Session;
import dev.cloudmaker.core.http.Json;
import dev.cloudmaker.ssh.StdStream;
import dev.cloudmaker.ssh.fleet.ExecOutcome;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * exec's document with --json: per server, whether the command ran, its exit code and its output (kept
 * whole here instead of printed line by line, so stdout holds only the document).
 */
final class ExecDocument {
    private final String command;
    private final Map<String, StringBuffer> stdout = new ConcurrentHashMap<>();
    private final Map<String, StringBuffer> stderr = new ConcurrentHashMap<>();

    ExecDocument(String command) {
        this.command = command;
    }

    void output(String server, StdStream stream, String line) {
        (stream == StdStream.STDOUT ? stdout : stderr).computeIfAbsent(server, s -> new StringBuffer()).append(line).append('\n');
    }

    void write(Session session, List<ExecOutcome> outcomes) {
        if (!session.options().json()) {
            return;
        }
        ObjectNode doc = Json.object().put("command", command);
        ArrayNode servers = doc.putArray("servers");
        for (ExecOutcome o : outcomes) {
            servers.addObject().put("name", o.server()).put("outcome", o.ran() ? "ran" : "not_run").put("exit_code", o.exitCode())
                    .put("stdout", text(stdout, o.server())).put("stderr", text(stderr, o.server())).put("error", o.failure());
        }
        session.json().write(doc);
    }

    private static String text(Map<String, StringBuffer> output, String server) {
        StringBuffer b = output.get(server);
        return b == null ? "" : b.toString();
    }
}
