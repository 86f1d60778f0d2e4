/**
 * The bootstrap's steps, in the order {@code Bootstrapper} runs them: wait for cloud-init, one batched package
 * install, the admin user, firewall, sshd, fail2ban, automatic security upgrades, time sync, then a role's users,
 * files and commands. Each checks, changes only what differs and reports what it did.
 */
package dev.cloudmaker.ssh.bootstrap.step;
