/**
 * The library's API for servers once they exist: {@link Cloud} connects to one provider found through
 * ServiceLoader, and {@link Namespace} lists, resolves, creates, powers, resizes, snapshots, tags and deletes the
 * servers, keys and snapshots of one namespace. It speaks only the provider SPI, so a program written on it runs
 * on every provider; {@code docs/library.md} shows it.
 */
package dev.cloudmaker.api;
