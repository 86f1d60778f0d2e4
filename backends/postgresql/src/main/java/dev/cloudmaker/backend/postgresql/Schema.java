package dev.cloudmaker.backend.postgresql;

import dev.cloudmaker.core.CloudmakerException;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Base64;
import java.util.List;
import java.util.OptionalInt;

/**
 * cloudmaker's tables, in the PostgreSQL schema {@code cloudmaker}, and their version ({@code meta.schema_version}).
 * {@code backend init} applies the migrations a database lacks, one transaction under a transaction-scoped
 * advisory lock so that two first runs do not race; a database migrated by a newer cloudmaker is refused.
 */
final class Schema {
    /**
     * The migrations in order; the schema's version is how many were applied. Never edit one: add the next.
     * 2: runs get the id {@code history show} takes ({@code ref}; older runs {@code r<n>}), their plan and their result.
     */
    static final List<String> MIGRATIONS = List.of("""
            CREATE SCHEMA IF NOT EXISTS cloudmaker;
            CREATE TABLE cloudmaker.meta(name text PRIMARY KEY, value text NOT NULL);
            CREATE TABLE cloudmaker.lease(definition text NOT NULL, namespace text NOT NULL, epoch bigint NOT NULL,
              holder jsonb NOT NULL, acquired_at timestamptz NOT NULL, renewed_at timestamptz NOT NULL,
              expires_at timestamptz NOT NULL, released_at timestamptz, PRIMARY KEY(definition, namespace));
            CREATE TABLE cloudmaker.journal(definition text NOT NULL, namespace text NOT NULL, server text NOT NULL,
              provider text, sent_at timestamptz NOT NULL, launch text, epoch bigint NOT NULL,
              PRIMARY KEY(definition, namespace, server));
            CREATE TABLE cloudmaker.host_key(definition text NOT NULL, namespace text NOT NULL, server text NOT NULL,
              sealed bytea NOT NULL, epoch bigint NOT NULL, PRIMARY KEY(definition, namespace, server));
            CREATE TABLE cloudmaker.pin(definition text NOT NULL, server text NOT NULL, patterns text NOT NULL,
              key_type text NOT NULL, key_base64 text NOT NULL, pinned_at timestamptz NOT NULL DEFAULT now(),
              PRIMARY KEY(definition, server));
            CREATE TABLE cloudmaker.run(id bigserial PRIMARY KEY, definition text NOT NULL, namespace text NOT NULL,
              command text NOT NULL, user_name text NOT NULL, host text NOT NULL, pid bigint NOT NULL,
              started_at timestamptz, ended_at timestamptz, outcome text NOT NULL, epoch bigint);
            CREATE INDEX run_by_definition ON cloudmaker.run(definition, id DESC);
            """, """
            ALTER TABLE cloudmaker.run ADD COLUMN ref text, ADD COLUMN plan_summary text, ADD COLUMN plan jsonb,
              ADD COLUMN result text;
            UPDATE cloudmaker.run SET ref = 'r' || id;
            ALTER TABLE cloudmaker.run ALTER COLUMN ref SET NOT NULL;
            CREATE INDEX run_by_ref ON cloudmaker.run(definition, ref);
            """);
    static final int CURRENT = MIGRATIONS.size();
    private static final String VERSION = "schema_version";
    static final String KDF_SALT = "kdf_salt";

    private Schema() {
    }

    /** Creates or migrates the schema; says what it did. */
    static String init(Database db) {
        return db.inTransaction("create cloudmaker's tables", c -> {
            try (Statement s = c.createStatement()) {
                s.execute("SELECT pg_advisory_xact_lock(hashtext('cloudmaker-schema'))");
            }
            int from = version(c).orElse(0);
            refuseNewer(db, from);
            if (from == CURRENT) {
                return "The backend " + db.url().display() + " already has cloudmaker's tables (schema version " + CURRENT + ").";
            }
            for (int v = from; v < CURRENT; v++) {
                try (Statement s = c.createStatement()) {
                    s.execute(MIGRATIONS.get(v));
                }
            }
            put(c, VERSION, String.valueOf(CURRENT));
            byte[] salt = new byte[16];
            new SecureRandom().nextBytes(salt);
            try (PreparedStatement p = c.prepareStatement(
                    "INSERT INTO cloudmaker.meta(name, value) VALUES (?, ?) ON CONFLICT (name) DO NOTHING")) {
                p.setString(1, KDF_SALT);
                p.setString(2, Base64.getEncoder().encodeToString(salt));
                p.executeUpdate();
            }
            return from == 0
                    ? "Created cloudmaker's tables in " + db.url().display() + " (schema cloudmaker, version " + CURRENT + ")."
                    : "Migrated cloudmaker's tables in " + db.url().display() + " from version " + from + " to " + CURRENT + ".";
        });
    }

    /** Refuses a database without the tables, or with a version this cloudmaker does not have. */
    static void check(Database db) {
        int found = db.inTransaction("read the schema version", Schema::version).orElseThrow(() -> new CloudmakerException(
                "the backend " + db.url().display() + " has no cloudmaker tables yet: run `cloudmaker backend init` once"));
        refuseNewer(db, found);
        if (found < CURRENT) {
            throw new CloudmakerException("the backend " + db.url().display() + " has cloudmaker's tables of version " + found
                    + ", older than this cloudmaker's " + CURRENT + ": run `cloudmaker backend init` to migrate them"
                    + " (older cloudmakers working on it must be upgraded too)");
        }
    }

    static String get(Connection c, String name) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT value FROM cloudmaker.meta WHERE name = ?")) {
            p.setString(1, name);
            try (ResultSet r = p.executeQuery()) {
                return r.next() ? r.getString(1) : null;
            }
        }
    }

    private static void refuseNewer(Database db, int found) {
        if (found > CURRENT) {
            throw new CloudmakerException("the backend " + db.url().display() + " has cloudmaker's tables of version " + found
                    + ", made by a newer cloudmaker; this one knows versions up to " + CURRENT
                    + ": upgrade cloudmaker on this machine. Nothing was changed.");
        }
    }

    private static OptionalInt version(Connection c) throws SQLException {
        try (Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT to_regclass('cloudmaker.meta') IS NOT NULL")) {
            r.next();
            if (!r.getBoolean(1)) {
                return OptionalInt.empty();
            }
        }
        String v = get(c, VERSION);
        return v == null ? OptionalInt.empty() : OptionalInt.of(Integer.parseInt(v));
    }

    private static void put(Connection c, String name, String value) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(
                "INSERT INTO cloudmaker.meta(name, value) VALUES (?, ?) ON CONFLICT (name) DO UPDATE SET value = EXCLUDED.value")) {
            p.setString(1, name);
            p.setString(2, value);
            p.executeUpdate();
        }
    }
}
