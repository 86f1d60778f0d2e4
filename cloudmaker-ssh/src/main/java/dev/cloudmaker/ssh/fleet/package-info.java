/**
 * SSH on many servers at once: {@link ServerLogin}, the one way cloudmaker logs in to a server it made (provider
 * says the address reaches it, host key pinned under its name, hardened port first), and on it
 * {@link FleetBootstrap} and {@link FleetExec}, where one server's failure never stops the others.
 */
package dev.cloudmaker.ssh.fleet;
