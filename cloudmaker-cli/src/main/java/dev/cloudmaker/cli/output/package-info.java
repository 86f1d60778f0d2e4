/**
 * The machine-readable output contract of {@code --json}: one document per run on stdout, with a
 * {@code format_version} and snake_case keys, and one error shape whatever failed.
 */
package dev.cloudmaker.cli.output;
