package dev.cloudmaker.backend.postgresql;

import java.sql.SQLException;

/** Turns what pgjdbc throws into a sentence for the user, by SQL state (pgjdbc's messages never carry the password). */
final class Failures {
    private Failures() {
    }

    static String connecting(PgUrl url, String user, SQLException e) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        String where = url.display();
        return switch (state) {
            case "28P01" -> "PostgreSQL at " + where + " refused the password of user " + user
                    + ": check PGPASSWORD, ~/.pgpass or \"backend_password\" in security.json";
            case "28000" -> "PostgreSQL at " + where + " does not let user " + user + " in (" + first(e) + ")";
            case "3D000" -> "PostgreSQL at " + where + " has no database " + url.database() + ": create it (createdb "
                    + url.database() + "), then run `cloudmaker backend init`";
            case "08001", "08004", "08006" -> "cannot reach PostgreSQL at " + where + " (" + first(e)
                    + "): is the server running, and the host and port right?";
            default -> "cannot connect to PostgreSQL at " + where + ": " + describe(e);
        };
    }

    static String describe(SQLException e) {
        return first(e) + (e.getSQLState() == null ? "" : " (SQL state " + e.getSQLState() + ")");
    }

    private static String first(SQLException e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return m.lines().findFirst().orElse(m).strip();
    }
}
