/** An emulator's own state around its API: the JSON state file kept across restarts, and the addresses it hands out. */
package dev.cloudmaker.emulator.kit.state;
