package dev.cloudmaker.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** Runs the CLI in-process and keeps what it printed. */
record CliRun(int exitCode, String out, String err) {

    static CliRun of(Map<String, String> env, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(args, env, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new CliRun(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** The CLI on the definition in {@code dir}. */
    static CliRun in(java.nio.file.Path dir, Map<String, String> env, String... args) {
        return of(env, prefixed(args, "-C", dir.toString()));
    }

    /** The CLI on the definition in {@code dir}, against the (emulated) API at {@code apiUrl}. */
    static CliRun against(java.net.URI apiUrl, java.nio.file.Path dir, Map<String, String> env, String... args) {
        return of(env, prefixed(args, "-C", dir.toString(), "--api-url", apiUrl.toString()));
    }

    private static String[] prefixed(String[] args, String... first) {
        String[] full = new String[first.length + args.length];
        System.arraycopy(first, 0, full, 0, first.length);
        System.arraycopy(args, 0, full, first.length, args.length);
        return full;
    }

    String all() {
        return out + err;
    }
}
