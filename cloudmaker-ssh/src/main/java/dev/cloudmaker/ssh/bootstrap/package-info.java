/**
 * Brings freshly booted servers to a secure state over SSH and applies their role, idempotently.
 *
 * <pre>{@code
 * Bootstrapper bootstrapper = new Bootstrapper(listener);          // one for all servers, thread-safe
 * BootstrapReport report = bootstrapper.run(shell, settings, role, cloudJsonDirectory);
 * report.reconnect().ifPresent(r -> ...);                        // sshd moved or root was shut out
 * }</pre>
 *
 * <p>{@link dev.cloudmaker.ssh.bootstrap.Bootstrapper} runs {@link dev.cloudmaker.ssh.bootstrap.Step}s in
 * order over a {@link dev.cloudmaker.ssh.bootstrap.RemoteHost}; each step checks, changes only what
 * differs, and reports OK, CHANGED, SKIPPED or FAILED. The per-family strategies (packages, services,
 * firewall) live in {@code platform}, the hardening steps in {@code step}, configuration-management
 * tools in {@code cm}, Java roles in {@code role}.
 */
package dev.cloudmaker.ssh.bootstrap;
