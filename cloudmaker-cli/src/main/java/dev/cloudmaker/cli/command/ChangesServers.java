package dev.cloudmaker.cli.command;

/**
 * A command that changes servers outside the engine (power, size, images, namespace membership): once it
 * has run, whatever its outcome, {@link SessionCommand} writes cloudmaker_inventory.json again
 * ({@link InventoryRefresh}). Commands that apply a plan get theirs written by the engine's apply.
 */
interface ChangesServers {
}
