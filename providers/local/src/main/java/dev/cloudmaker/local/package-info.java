/**
 * {@code "provider": "local"}: real machines on this host, each a {@code systemd-nspawn --boot} container with
 * systemd, sshd and cloud-init, on cloudmaker's own bridge; what a cloud does with an API call,
 * {@link LocalMachines} does with the host's tools (images by mmdebstrap, overlays, cgroups, nftables). It depends
 * on core only; a removed machine leaves nothing of itself on the host, and the bridge and apt proxy go with the
 * last one.
 */
package dev.cloudmaker.local;
