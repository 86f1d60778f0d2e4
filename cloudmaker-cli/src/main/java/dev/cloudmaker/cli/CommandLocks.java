package dev.cloudmaker.cli;

import java.util.Map;

/**
 * Which commands take the workspace lock (one writer per definition directory), decided here for
 * every command so that none is forgotten: {@code CommandLocksTest} fails for a command missing from
 * the table. A command takes it when it changes the cloud, cloud.json or cloudmaker's files beside
 * it; one that only reads, or only works on the servers' insides (ssh, exec, rsync, scp: long
 * sessions that must not block a provision), does not, and never waits for it nor is refused for it.
 * With --sandbox the same holds: a command that only reads works on a copy of the sandbox's accounts.
 */
public final class CommandLocks {
    private static final Map<String, Boolean> WRITES = Map.ofEntries(
            Map.entry("validate", false),
            Map.entry("plan", false),
            Map.entry("provision", true),
            Map.entry("inventory", true),
            Map.entry("destroy", true),
            Map.entry("bootstrap", true),
            Map.entry("list", false),
            Map.entry("show", false),
            Map.entry("start", true),
            Map.entry("stop", true),
            Map.entry("reboot", true),
            Map.entry("resize", true),
            Map.entry("image", true),
            Map.entry("image delete", true),
            Map.entry("recreate", true),
            Map.entry("terminate", true),
            Map.entry("import", true),
            Map.entry("ssh", false),
            Map.entry("exec", false),
            Map.entry("rsync", false),
            Map.entry("scp", false),
            Map.entry("keys", false), // only shows its subcommands
            Map.entry("keys add", true),
            Map.entry("keys list", false),
            Map.entry("keys remove", true),
            Map.entry("keys sync", true),
            Map.entry("regions", false),
            Map.entry("sizes", false),
            Map.entry("images", false),
            Map.entry("emulator", false),
            Map.entry("unlock", false), // handles the lock itself
            Map.entry("backend", false), // only shows its subcommands
            Map.entry("backend init", false), // creates tables; takes no lease
            Map.entry("backend push", true),
            Map.entry("history", false),
            Map.entry("history show", false),
            Map.entry("help", false));

    private CommandLocks() {
    }

    /** True when {@code command} (as typed after {@code cloudmaker}, e.g. {@code keys add}) takes the lock; unknown ones do. */
    public static boolean writes(String command) {
        return WRITES.getOrDefault(command, true);
    }

    /** Whether the table decides {@code command}. */
    static boolean decides(String command) {
        return WRITES.containsKey(command);
    }
}
