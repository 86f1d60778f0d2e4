package dev.cloudmaker.backend.postgresql;

import java.sql.Connection;
import java.sql.SQLException;

/** Run at the start of every write's transaction: refuses it unless this run still holds its lease (when it holds one). */
@FunctionalInterface
interface Fence {
    /** @return the epoch the write is made under, 0 when this store holds no lease (writes go unfenced, as the files' do) */
    long check(Connection c) throws SQLException;
}
