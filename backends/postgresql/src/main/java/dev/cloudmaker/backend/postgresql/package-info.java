/**
 * The state of definitions in PostgreSQL, for teams: a lease row per (definition, namespace) whose expiry
 * is the database's clock and whose epoch fences every write of the journal, host keys, pins and history.
 */
package dev.cloudmaker.backend.postgresql;
