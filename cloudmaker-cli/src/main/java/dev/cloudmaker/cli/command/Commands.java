package dev.cloudmaker.cli.command;

import picocli.CommandLine.Model.CommandSpec;

/** Names of commands as a user types them. */
final class Commands {
    private Commands() {
    }

    /** {@code keys add} for {@code cloudmaker keys add}: the name without the root command's. */
    static String typed(CommandSpec spec) {
        String qualified = spec.qualifiedName();
        String root = spec.root().name();
        return qualified.startsWith(root + " ") ? qualified.substring(root.length() + 1) : qualified;
    }
}
