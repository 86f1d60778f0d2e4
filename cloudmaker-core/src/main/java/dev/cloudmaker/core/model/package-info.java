/**
 * The definition as values: {@link Definition} (servers in file order, provider, namespace, roles, bootstrap, the
 * provider's own options), {@link ServerSpec}, {@link Credentials}, {@link Networking} and {@link SshPublicKey},
 * checked as it is parsed. Reading them from the user's files is {@code config}'s work.
 */
package dev.cloudmaker.core.model;
