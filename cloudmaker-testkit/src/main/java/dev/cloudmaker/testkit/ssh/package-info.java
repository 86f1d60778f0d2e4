/**
 * {@link EmbeddedSshServer}: a real SSH server (MINA) on 127.0.0.1 for tests, with a fresh pinned host key,
 * public-key login and commands run by the local {@code /bin/sh}.
 */
package dev.cloudmaker.testkit.ssh;
