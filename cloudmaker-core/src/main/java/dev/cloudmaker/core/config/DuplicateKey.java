package dev.cloudmaker.core.config;

/** A key written twice in one object: where the second one is, and where the first (kept) one was. */
record DuplicateKey(String pointer, String key, SourceLocation at, SourceLocation first) {
}
