/**
 * One picocli class per command, most of them a thin layer over the library ({@code Operations},
 * {@code Namespace}) or the SSH module (fleet, key sync); commands that change a definition folder take its lock
 * through {@link SessionCommand} or {@link KeysSubcommand}.
 */
package dev.cloudmaker.cli.command;
