package dev.cloudmaker.backend.postgresql;

import dev.cloudmaker.core.CloudmakerException;
import dev.cloudmaker.core.Secret;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * The run's one connection to PostgreSQL (no pool: a CLI run needs one), used by one thread at a time.
 * Each unit of work is a transaction; a failure is turned into a message that names the server but
 * never the password.
 */
final class Database implements AutoCloseable {
    private final PgUrl url;
    private final String user;
    private final Connection connection;

    private Database(PgUrl url, String user, Connection connection) {
        this.url = url;
        this.user = user;
        this.connection = connection;
    }

    /** A unit of work inside one transaction. */
    @FunctionalInterface
    interface Work<T> {
        T run(Connection c) throws SQLException;
    }

    static Database connect(PgUrl url, Optional<Secret> fromSecurityJson, Map<String, String> env) {
        String user = url.user() != null ? url.user() : env.getOrDefault("PGUSER", System.getProperty("user.name"));
        Properties p = new Properties();
        p.setProperty("user", user);
        PgPassword.find(url, user, fromSecurityJson, env).ifPresent(s -> p.setProperty("password", s.reveal()));
        p.setProperty("ApplicationName", "cloudmaker");
        p.setProperty("connectTimeout", "10");
        p.setProperty("loginTimeout", "10");
        // a call the server never answers must not outlive the lease it is meant to keep
        p.setProperty("socketTimeout", String.valueOf(Math.max(2, url.lease().toSeconds())));
        p.setProperty("tcpKeepAlive", "true");
        try {
            Connection c = DriverManager.getConnection(url.jdbc(), p);
            c.setAutoCommit(false);
            c.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
            return new Database(url, user, c);
        } catch (SQLException e) {
            throw new CloudmakerException(Failures.connecting(url, user, e), e);
        }
    }

    PgUrl url() {
        return url;
    }

    /** Runs {@code work} in a transaction and commits it; rolls back on any failure. */
    synchronized <T> T inTransaction(String what, Work<T> work) {
        try {
            try {
                T result = work.run(connection);
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                rollbackQuietly();
                throw e;
            }
        } catch (SQLException e) {
            throw new CloudmakerException("could not " + what + " in the backend " + url.display() + ": " + Failures.describe(e), e);
        }
    }

    private void rollbackQuietly() {
        try {
            connection.rollback();
        } catch (SQLException ignored) {
            // the connection is broken; the transaction dies with it
        }
    }

    @Override
    public synchronized void close() {
        try {
            connection.close();
        } catch (SQLException ignored) {
            // closing a broken connection changes nothing on the server
        }
    }

    String user() {
        return user;
    }
}
