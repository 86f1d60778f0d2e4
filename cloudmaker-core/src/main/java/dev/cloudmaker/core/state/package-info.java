/**
 * What cloudmaker keeps about a definition between runs: the one-writer lock, the journal of creates
 * not yet seen, the servers' first-boot host keys and pinned public keys, and the run history, behind
 * the {@link dev.cloudmaker.core.state.StateStore} seam; {@link dev.cloudmaker.core.state.FileStateStore}
 * keeps them in the definition's folder.
 */
package dev.cloudmaker.core.state;
