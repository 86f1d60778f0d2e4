/**
 * Reads the user's files: {@code cloud.json} into a {@code Definition} (schema, then the rules a schema cannot
 * say, every problem at once as a {@link Diagnostic} with line, column and JSON pointer) and {@code security.json}
 * into {@code Credentials}; and writes addresses and sizes back into {@code cloud.json} by splicing its text, so
 * the user's layout survives. It reads files and the environment only, never the network, and no message quotes a
 * credential.
 */
package dev.cloudmaker.core.config;
