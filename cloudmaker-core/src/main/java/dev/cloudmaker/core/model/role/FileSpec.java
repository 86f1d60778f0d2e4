package dev.cloudmaker.core.model.role;

/**
 * A file a role puts on the server: its text inline ({@code content}) or read from {@code source}, a
 * path relative to cloud.json (exactly one of the two is set); {@code mode} is octal like "0644",
 * {@code owner} like "root" or "www-data:www-data".
 */
public record FileSpec(String path, String content, String source, String mode, String owner) {
}
