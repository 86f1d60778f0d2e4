package dev.cloudmaker.backend.postgresql;

import dev.cloudmaker.core.CloudmakerException;
import dev.cloudmaker.core.io.AtomicFiles;
import dev.cloudmaker.core.model.SshPublicKey;
import dev.cloudmaker.core.state.HostKeyPin;
import dev.cloudmaker.core.state.HostKeyPins;
import dev.cloudmaker.core.state.ServerNames;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A definition's pinned host keys in {@code cloudmaker.pin}, one row per server, shared by every machine:
 * a run on another machine verifies the servers a first one pinned. OpenSSH gets them in a temporary
 * known_hosts file written on demand.
 */
final class PgPins implements HostKeyPins {
    private static final Pattern ADDRESS = Pattern.compile("[A-Za-z0-9.:%_-]+");
    private static final int SSH_PORT = 22;

    private final Database db;
    private final String definition;
    private final Fence fence;

    PgPins(Database db, String definition, Fence fence) {
        this.db = db;
        this.definition = definition;
        this.fence = fence;
    }

    @Override
    public HostKeyPin pin(String server, List<String> addresses, int port, SshPublicKey key) {
        ServerNames.require(server);
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("port " + port + " is not a TCP port");
        }
        List<String> patterns = new ArrayList<>(List.of(server));
        for (String address : addresses) {
            if (!ADDRESS.matcher(address).matches()) {
                throw new IllegalArgumentException("\"" + address + "\" is not a host address");
            }
            String pattern = port == SSH_PORT ? address : "[" + address + "]:" + port;
            if (!patterns.contains(pattern)) {
                patterns.add(pattern);
            }
        }
        db.inTransaction("pin a host key", c -> {
            fence.check(c);
            try (PreparedStatement p = c.prepareStatement("INSERT INTO cloudmaker.pin(definition, server, patterns, key_type, key_base64)"
                    + " VALUES (?, ?, ?, ?, ?) ON CONFLICT (definition, server) DO UPDATE SET patterns = EXCLUDED.patterns,"
                    + " key_type = EXCLUDED.key_type, key_base64 = EXCLUDED.key_base64, pinned_at = now()")) {
                p.setString(1, definition);
                p.setString(2, server);
                p.setString(3, String.join(",", patterns));
                p.setString(4, key.type());
                p.setString(5, key.base64());
                p.executeUpdate();
            }
            return null;
        });
        return pinOf(server, patterns, key);
    }

    @Override
    public Optional<HostKeyPin> lookup(String server) {
        ServerNames.require(server);
        return db.inTransaction("read a host key pin", c -> {
            try (PreparedStatement p = c.prepareStatement("SELECT patterns, key_type, key_base64 FROM cloudmaker.pin"
                    + " WHERE definition = ? AND server = ?")) {
                p.setString(1, definition);
                p.setString(2, server);
                try (ResultSet r = p.executeQuery()) {
                    return r.next()
                            ? Optional.of(pinOf(server, List.of(r.getString(1).split(",")), SshPublicKey.parse(r.getString(2) + " " + r.getString(3))))
                            : Optional.<HostKeyPin>empty();
                }
            }
        });
    }

    @Override
    public boolean remove(String server) {
        ServerNames.require(server);
        if (lookup(server).isEmpty()) {
            return false;
        }
        return db.inTransaction("remove a host key pin", c -> {
            fence.check(c);
            try (PreparedStatement p = c.prepareStatement("DELETE FROM cloudmaker.pin WHERE definition = ? AND server = ?")) {
                p.setString(1, definition);
                p.setString(2, server);
                return p.executeUpdate() > 0;
            }
        });
    }

    /** Every pin, as known_hosts lines. */
    List<String> lines() {
        return db.inTransaction("read the host key pins", c -> {
            try (PreparedStatement p = c.prepareStatement("SELECT patterns, key_type, key_base64 FROM cloudmaker.pin"
                    + " WHERE definition = ? ORDER BY server")) {
                p.setString(1, definition);
                List<String> out = new ArrayList<>();
                try (ResultSet r = p.executeQuery()) {
                    while (r.next()) {
                        out.add(r.getString(1) + " " + r.getString(2) + " " + r.getString(3));
                    }
                }
                return out;
            }
        });
    }

    @Override
    public String location() {
        return "the backend " + db.url().display() + " (definition " + definition + ")";
    }

    @Override
    public Path openSshFile() {
        try {
            Path file = Files.createTempFile("cloudmaker-known_hosts-", "",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            file.toFile().deleteOnExit();
            StringBuilder text = new StringBuilder();
            lines().forEach(l -> text.append(l).append('\n'));
            AtomicFiles.writeString(file, text.toString());
            return file;
        } catch (IOException e) {
            throw new CloudmakerException("could not write the pinned host keys for ssh: " + e.getMessage(), e);
        }
    }

    private HostKeyPin pinOf(String server, List<String> patterns, SshPublicKey key) {
        return new HostKeyPin(server, patterns, key, location(),
                "delete it in the backend: DELETE FROM cloudmaker.pin WHERE definition = '" + definition + "' AND server = '" + server + "'");
    }
}
