/** Builds what the release tarball ships beside the jar: a man page per command and the shell completion script. */
package dev.cloudmaker.release;
