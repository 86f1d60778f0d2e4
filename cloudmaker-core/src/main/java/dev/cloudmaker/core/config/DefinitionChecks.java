package dev.cloudmaker.core.config;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The rules a JSON Schema cannot say well: keys written twice, server names that are host names,
 * DNS names that are well formed and point at one server only, user data within 64 KiB of UTF-8.
 * Each check skips values of the wrong type: the schema already reported those.
 */
final class DefinitionChecks {
    static final int MAX_USER_DATA_BYTES = 64 * 1024;

    private final JsonDocument doc;
    private final DefinitionTree tree;
    private final List<Diagnostic> out = new ArrayList<>();

    DefinitionChecks(JsonDocument doc, DefinitionTree tree) {
        this.doc = doc;
        this.tree = tree;
    }

    List<Diagnostic> check() {
        Set<String> serverPointers = new HashSet<>();
        tree.servers().forEach(s -> serverPointers.add(s.pointer()));
        doc.duplicates().forEach(d -> duplicate(d, serverPointers.contains(d.pointer())));
        Map<String, String> owners = new HashMap<>();
        for (ServerEntry server : tree.servers()) {
            HostNames.serverNameProblem(server.name()).ifPresent(problem ->
                    out.add(doc.diagnostic(server.pointer(), problem, HostNames.SERVER_NAME_RULE)));
            dnsNames(server, owners);
            userData(server.pointer() + "/user_data", server.node().path("user_data"));
        }
        userData("/defaults/user_data", doc.root().path("defaults").path("user_data"));
        roleSources();
        return out;
    }

    /**
     * Files a role uploads are read from the definition's folder only: a definition from someone else
     * must not be able to send this machine's other files (~/.ssh, /etc) to the servers. Links that
     * lead out count as outside.
     */
    private void roleSources() {
        Path base = doc.file().toAbsolutePath().getParent();
        doc.root().path("roles").properties().forEach(role -> {
            String at = "/roles/" + SourceMap.escape(role.getKey());
            JsonNode files = role.getValue().path("files");
            for (int i = 0; files.isArray() && i < files.size(); i++) {
                insideFolder(at + "/files/" + i + "/source", files.get(i).path("source"), base);
            }
            insideFolder(at + "/config_management/apply", role.getValue().path("config_management").path("apply"), base);
        });
    }

    private void insideFolder(String pointer, JsonNode value, Path base) {
        if (!value.isTextual()) {
            return;
        }
        String fix = "copy the file into " + base + " (or a folder in it) and give its path relative to "
                + doc.file().getFileName();
        try {
            Path path = base.resolve(value.asText()).normalize();
            boolean outside = Path.of(value.asText()).isAbsolute() || !path.startsWith(base);
            if (!outside && Files.exists(path)) {
                outside = !path.toRealPath().startsWith(base.toRealPath());
            }
            if (outside) {
                out.add(doc.diagnostic(pointer, "\"" + HostNames.abbreviate(value.asText()) + "\" leads outside the folder of "
                        + doc.file().getFileName() + "; roles upload files from that folder only", fix));
            }
        } catch (InvalidPathException | IOException e) {
            out.add(doc.diagnostic(pointer, "\"" + HostNames.abbreviate(value.asText()) + "\" is not a usable path", fix));
        }
    }

    private void duplicate(DuplicateKey d, boolean isServer) {
        String what = isServer ? "server \"" + HostNames.abbreviate(d.key()) + "\" is defined twice"
                : "the key \"" + HostNames.abbreviate(d.key()) + "\" is written twice in this object";
        out.add(Diagnostic.of(doc.file(), d.at(), d.pointer(), what + " (first at line " + d.first().line() + ")",
                isServer ? "give each server its own name, or remove one of them" : "keep one of them"));
    }

    private void dnsNames(ServerEntry server, Map<String, String> owners) {
        JsonNode names = server.node().path("names");
        if (!names.isArray()) {
            return; // the schema reported it
        }
        Set<String> mine = new HashSet<>();
        for (int i = 0; i < names.size(); i++) {
            JsonNode item = names.get(i);
            if (!item.isTextual()) {
                continue;
            }
            String pointer = server.pointer() + "/names/" + i;
            String name = HostNames.normalize(item.asText());
            String shown = "\"" + HostNames.abbreviate(name) + "\"";
            var problem = HostNames.dnsNameProblem(item.asText());
            if (problem.isPresent()) {
                out.add(at(pointer, problem.get(), HostNames.DNS_NAME_RULE));
            } else if (!mine.add(name)) {
                out.add(at(pointer, "the DNS name " + shown + " is listed twice for this server", "remove one of them"));
            } else if (owners.containsKey(name)) {
                out.add(at(pointer, "the DNS name " + shown + " is given to both server \"" + owners.get(name)
                        + "\" and server \"" + server.name() + "\"",
                        "a DNS name points at one server; remove it from one of them"));
            } else {
                owners.put(name, server.name());
            }
        }
    }

    private void userData(String pointer, JsonNode value) {
        if (value.isTextual() && value.asText().length() <= MAX_USER_DATA_BYTES) {
            int bytes = value.asText().getBytes(StandardCharsets.UTF_8).length;
            if (bytes > MAX_USER_DATA_BYTES) {
                out.add(at(pointer, "user data is " + bytes + " bytes of UTF-8, more than the 65536 allowed",
                        "shorten it, or have it download a larger script"));
            }
        }
    }

    private Diagnostic at(String pointer, String message, String fix) {
        return Diagnostic.of(doc.file(), doc.values().locate(pointer), pointer, message, fix);
    }
}
