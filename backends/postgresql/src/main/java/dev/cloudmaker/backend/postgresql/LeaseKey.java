package dev.cloudmaker.backend.postgresql;

import java.sql.PreparedStatement;
import java.sql.SQLException;

/** What one lease covers: a definition (by its key) in one namespace. */
record LeaseKey(String definition, String namespace) {

    /** Sets the key's two values as parameters {@code at} and {@code at + 1}. */
    void bind(PreparedStatement p, int at) throws SQLException {
        p.setString(at, definition);
        p.setString(at + 1, namespace);
    }

    String describe() {
        return "definition " + definition + " (namespace " + namespace + ")";
    }
}
