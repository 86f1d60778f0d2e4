/**
 * The library, the one package a program needs besides the values it passes (the provider SPI's records in
 * {@code dev.cloudmaker.core.spi}): {@link Project} opens a definition directory and plans, applies, destroys
 * and inventories it as the CLI does; {@link Cloud} connects to providers found through ServiceLoader, and
 * {@link Namespace} lists, resolves, creates, powers, resizes, snapshots, tags and deletes the servers, keys and
 * snapshots of one namespace. It speaks only the provider SPI, so a program written on it runs on every
 * provider; {@code docs/library.md} shows it.
 */
package dev.cloudmaker.api;
