/**
 * A real PostgreSQL server for tests, from the system's own packages, in a temporary directory on a free
 * loopback port ({@link dev.cloudmaker.backend.postgresql.testing.PostgresServer}); reused by the CLI's tests.
 */
package dev.cloudmaker.backend.postgresql.testing;
