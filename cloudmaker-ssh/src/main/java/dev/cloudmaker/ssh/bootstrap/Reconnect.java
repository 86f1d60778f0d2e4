package dev.cloudmaker.ssh.bootstrap;

/**
 * Where the next SSH session must go after a bootstrap that moved sshd to another port or shut root
 * out: the current session keeps working, a new one on the old port or as root would not.
 */
public record Reconnect(String user, int port) {
}
