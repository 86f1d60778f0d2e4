/**
 * A stateful, wire-compatible emulator of Triton's CloudAPI on the emulator kit: requests signed with the account's
 * SSH keys (http-signature), machines with CloudAPI's state machine, their tags, metadata, snapshots and audit, and the
 * image, package and network catalogue; node-triton's {@code triton} CLI runs against it.
 */
package dev.cloudmaker.emulator.triton;
