package dev.cloudmaker.cli;

import dev.cloudmaker.core.ConfigException;
import dev.cloudmaker.core.config.Diagnostic;
import dev.cloudmaker.core.model.SshPublicKey;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** A public key file as ssh-keygen writes it ({@code id_ed25519.pub}): one key line. What is wrong is said without the file's content. */
public final class PublicKeyFile {
    private static final String EXAMPLE = "give the public half, e.g. ~/.ssh/id_ed25519.pub (make a pair with `ssh-keygen -t ed25519`)";

    private PublicKeyFile() {
    }

    public static SshPublicKey read(Path file) {
        if (!Files.exists(file)) {
            throw problem(file, "no such file", EXAMPLE);
        }
        if (Files.isDirectory(file)) {
            throw problem(file, "is a directory, not a key file", EXAMPLE);
        }
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw problem(file, "cannot be read (" + e.getMessage() + ")", "check the file's permissions, or " + EXAMPLE);
        }
        if (text.contains("PRIVATE KEY")) {
            throw problem(file, "holds a private key, which must never leave your machine",
                    "give its public half instead: " + file + ".pub");
        }
        List<String> lines = text.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        if (lines.isEmpty()) {
            throw problem(file, "is empty", EXAMPLE);
        }
        if (lines.size() > 1) {
            throw problem(file, "holds " + lines.size() + " lines, not one key", "put each key in a file of its own and add it under its own name");
        }
        try {
            return SshPublicKey.parse(lines.getFirst());
        } catch (IllegalArgumentException e) {
            throw problem(file, "is not an OpenSSH public key: " + e.getMessage(),
                    "the file should hold one line like `ssh-ed25519 AAAA... you@host`; " + EXAMPLE);
        }
    }

    private static ConfigException problem(Path file, String message, String fix) {
        return new ConfigException(Diagnostic.ofFile(file, message, fix));
    }
}
