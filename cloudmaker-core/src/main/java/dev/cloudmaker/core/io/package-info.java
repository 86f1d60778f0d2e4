/**
 * Files replaced whole ({@link AtomicFiles}: temp file, fsync, rename, fsync of the folder): the one way
 * cloudmaker writes the files it keeps, but for the exceptions {@code AtomicWritesAuditTest} lists with their
 * reasons.
 */
package dev.cloudmaker.core.io;
