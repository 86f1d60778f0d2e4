package dev.cloudmaker.cli.command;

import dev.cloudmaker.cli.UsageException;
import dev.cloudmaker.cli.Session;

import java.util.List;

/** cgcloud's syntax for copy commands: an argument starting with ':' is a path on the server, its host left blank. */
final class RemoteArgs {
    private RemoteArgs() {
    }

    /** Refuses arguments that name no path on the server, before anything is looked up. */
    static void requireRemotePath(List<String> args, String example) {
        if (args.stream().noneMatch(a -> a.startsWith(":"))) {
            throw new UsageException("no path on the server: write it with a leading ':' and no host, e.g. " + example);
        }
    }

    /** The arguments with {@code :path} turned into {@code destination:path}. */
    static List<String> resolve(List<String> args, String destination) {
        return args.stream().map(a -> a.startsWith(":") ? destination + a : a).toList();
    }
}
