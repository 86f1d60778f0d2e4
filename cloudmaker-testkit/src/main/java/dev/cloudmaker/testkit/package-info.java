/**
 * What tests of several modules share (the provider contract by facet is in {@code contract}):
 * {@link CloudInvariants} and {@link AccountSnapshot}, which check on the emulator's own state that a run
 * converged and touched nothing of others; {@link Campaign} and {@link RandomDefinition} for seeded reliability
 * campaigns; the OpenAPI contract checker; and fixtures (definitions, SSH keys).
 */
package dev.cloudmaker.testkit;
