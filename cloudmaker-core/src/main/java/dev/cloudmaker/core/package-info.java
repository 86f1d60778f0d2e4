/**
 * What every module shares: {@link CloudmakerException}, the root of every error the library throws (the CLI maps
 * each subtype to an exit code in one place), and {@link Secret}, a credential whose {@code toString} is redacted.
 */
package dev.cloudmaker.core;
