package dev.cloudmaker.backend.postgresql;

import dev.cloudmaker.core.Secret;
import dev.cloudmaker.core.state.HostKeys;
import dev.cloudmaker.core.state.ServerNames;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * A namespace's first-boot host keys in {@code cloudmaker.host_key}, sealed by {@link HostKeyCipher}. Without
 * a {@code state_key} nothing is stored: a key lives only in this run's memory (enough for its create retries),
 * and the server's pinned public key is what later runs check.
 */
final class PgHostKeys implements HostKeys {
    private final Database db;
    private final String definition;
    private final String namespace;
    private final Fence fence;
    private final Supplier<Optional<HostKeyCipher>> cipher;
    private final Map<String, Secret> inMemory;

    PgHostKeys(Database db, String definition, String namespace, Fence fence, Supplier<Optional<HostKeyCipher>> cipher,
               Map<String, Secret> inMemory) {
        this.db = db;
        this.definition = definition;
        this.namespace = namespace;
        this.fence = fence;
        this.cipher = cipher;
        this.inMemory = inMemory;
    }

    @Override
    public Optional<Secret> load(String server) {
        ServerNames.require(server);
        Optional<HostKeyCipher> c = cipher.get();
        if (c.isEmpty()) {
            return Optional.ofNullable(inMemory.get(server));
        }
        byte[] sealed = db.inTransaction("read a host key", conn -> {
            try (PreparedStatement p = conn.prepareStatement("SELECT sealed FROM cloudmaker.host_key"
                    + " WHERE definition = ? AND namespace = ? AND server = ?")) {
                p.setString(1, definition);
                p.setString(2, namespace);
                p.setString(3, server);
                try (ResultSet r = p.executeQuery()) {
                    return r.next() ? r.getBytes(1) : null;
                }
            }
        });
        return sealed == null ? Optional.empty() : Optional.of(c.get().open(sealed, associated(server)));
    }

    @Override
    public void store(String server, Secret privateKeyText) {
        ServerNames.require(server);
        Optional<HostKeyCipher> c = cipher.get();
        if (c.isEmpty()) {
            inMemory.put(server, privateKeyText);
            return;
        }
        byte[] sealed = c.get().seal(privateKeyText, associated(server));
        db.inTransaction("store a host key", conn -> {
            long epoch = fence.check(conn);
            try (PreparedStatement p = conn.prepareStatement("INSERT INTO cloudmaker.host_key(definition, namespace, server, sealed, epoch)"
                    + " VALUES (?, ?, ?, ?, ?) ON CONFLICT (definition, namespace, server) DO UPDATE SET sealed = EXCLUDED.sealed,"
                    + " epoch = EXCLUDED.epoch")) {
                p.setString(1, definition);
                p.setString(2, namespace);
                p.setString(3, server);
                p.setBytes(4, sealed);
                p.setLong(5, epoch);
                p.executeUpdate();
            }
            return null;
        });
    }

    @Override
    public void remove(String server) {
        ServerNames.require(server);
        inMemory.remove(server);
        db.inTransaction("remove a host key", conn -> {
            fence.check(conn);
            try (PreparedStatement p = conn.prepareStatement("DELETE FROM cloudmaker.host_key"
                    + " WHERE definition = ? AND namespace = ? AND server = ?")) {
                p.setString(1, definition);
                p.setString(2, namespace);
                p.setString(3, server);
                p.executeUpdate();
            }
            return null;
        });
    }

    private String associated(String server) {
        return definition + "\0" + namespace + "\0" + server;
    }
}
