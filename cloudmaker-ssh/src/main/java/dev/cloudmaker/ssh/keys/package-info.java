/**
 * The login user's {@code authorized_keys} made equal to one key set on many servers at once ({@link KeySync}),
 * read and replaced as that user without sudo, with an outcome per server.
 */
package dev.cloudmaker.ssh.keys;
