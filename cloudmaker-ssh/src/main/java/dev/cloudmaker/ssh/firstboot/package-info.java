/**
 * What cloudmaker adds to a server's first boot ({@link CloudInitFirstBoot}, core's {@code FirstBoot}): the admin
 * user with the definition's key, and an ed25519 host key generated here and pinned before the server exists, kept
 * per server by {@link HostKeyStore} so that the first connection is verified like every later one.
 */
package dev.cloudmaker.ssh.firstboot;
