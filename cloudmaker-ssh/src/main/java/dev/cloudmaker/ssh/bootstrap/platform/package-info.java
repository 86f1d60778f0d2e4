/**
 * What differs between operating-system families below the steps: packages, services, firewall and users for
 * Debian and Ubuntu, the Red Hat family, Arch Linux and FreeBSD, chosen by {@link Platform#of} from the
 * distribution {@link OsRelease} detects. Steps ask the platform instead of writing per-family command lines.
 */
package dev.cloudmaker.ssh.bootstrap.platform;
