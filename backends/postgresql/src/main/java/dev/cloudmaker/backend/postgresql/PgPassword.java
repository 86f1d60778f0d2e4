package dev.cloudmaker.backend.postgresql;

import dev.cloudmaker.core.Secret;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The backend password, from the first place that has one: {@code backend_password} in security.json,
 * {@code PGPASSWORD}, then the password file libpq reads ({@code PGPASSFILE}, else {@code ~/.pgpass}:
 * {@code host:port:database:user:password} lines, {@code *} matching anything, {@code \:} a colon).
 */
final class PgPassword {
    private PgPassword() {
    }

    static Optional<Secret> find(PgUrl url, String user, Optional<Secret> fromSecurityJson, Map<String, String> env) {
        if (fromSecurityJson.isPresent()) {
            return fromSecurityJson;
        }
        String fromEnv = env.get("PGPASSWORD");
        if (fromEnv != null && !fromEnv.isEmpty()) {
            return Optional.of(Secret.of(fromEnv));
        }
        Path file = env.containsKey("PGPASSFILE") ? Path.of(env.get("PGPASSFILE"))
                : Path.of(env.getOrDefault("HOME", System.getProperty("user.home")), ".pgpass");
        return fromFile(file, url, user);
    }

    static Optional<Secret> fromFile(Path file, PgUrl url, String user) {
        if (!Files.isReadable(file)) {
            return Optional.empty();
        }
        List<String> lines;
        try {
            lines = Files.readAllLines(file);
        } catch (IOException e) {
            return Optional.empty();
        }
        List<String> want = List.of(url.host(), String.valueOf(url.port()), url.database(), user);
        for (String line : lines) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            List<String> fields = fields(line);
            if (fields.size() == 5 && matches(fields, want)) {
                return Optional.of(Secret.of(fields.get(4)));
            }
        }
        return Optional.empty();
    }

    private static boolean matches(List<String> fields, List<String> want) {
        for (int i = 0; i < want.size(); i++) {
            if (!fields.get(i).equals("*") && !fields.get(i).equals(want.get(i))) {
                return false;
            }
        }
        return true;
    }

    private static List<String> fields(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\\' && i + 1 < line.length()) {
                field.append(line.charAt(++i));
            } else if (c == ':' && out.size() < 4) {
                out.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        out.add(field.toString());
        return out;
    }
}
