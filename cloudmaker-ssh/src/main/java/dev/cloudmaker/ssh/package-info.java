/**
 * The SSH client, on Apache MINA SSHD: {@link SshConnector} opens {@link SshConnection}s (exec channels, SFTP
 * uploads, timeouts, {@link ShellSession}s), trusting a server only by the host key pinned for it
 * ({@link HostKeyPolicy}, {@link HostKeyPair}), logging in with an {@link Identity} (found by
 * {@link LoginKeys} in the ssh-agent, a key file or ~/.ssh, a passphrase asked through a {@link PassphrasePrompt}), and
 * handing remote output line by line to an {@link OutputListener}. It knows neither clouds nor the bootstrap: of
 * core it uses only the root, {@code model}, {@code config}'s diagnostics, {@code io} and {@code time}.
 */
package dev.cloudmaker.ssh;
