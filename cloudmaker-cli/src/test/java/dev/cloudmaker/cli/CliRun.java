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

    /** The CLI on the definition in {@code dir}, against the (emulated) API at {@code apiUrl}. */
    static CliRun against(java.net.URI apiUrl, java.nio.file.Path dir, Map<String, String> env, String... args) {
        String[] full = new String[args.length + 4];
        full[0] = "-C";
        full[1] = dir.toString();
        full[2] = "--api-url";
        full[3] = apiUrl.toString();
        System.arraycopy(args, 0, full, 4, args.length);
        return of(env, full);
    }

    String all() {
        return out + err;
    }
}
