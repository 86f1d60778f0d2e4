/**
 * The {@code cloudmaker} command line, a thin layer over the library: {@link Main} (the only place that exits),
 * {@link CloudmakerCommand} and its options, the {@link Session} a command works with, the workspace lock's table
 * ({@link CommandLocks}), and {@link ErrorReporter}, which maps every failure to a message and one of the
 * {@link ExitCodes}. Like core and the SSH module it must name no cloud (no provider's or emulator's package):
 * providers come through ServiceLoader.
 */
package dev.cloudmaker.cli;
