package dev.cloudmaker.emulator.triton;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cloudmaker.core.model.SshPublicKey;
import dev.cloudmaker.emulator.kit.EmulatorJson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * node-triton's {@code triton} CLI, pinned to {@link #VERSION} and installed by {@code .ci/run} with
 * {@code npm install --prefix ~/.cache/cloudmaker/node-triton-VERSION triton@VERSION} (the system property
 * {@code cloudmaker.node-triton} names another folder). Each run sees only its own HOME, holding the key in
 * {@code ~/.ssh} as node-triton finds it without an ssh-agent, and the env profile (TRITON_URL, TRITON_ACCOUNT,
 * TRITON_KEY_ID); tests using it are skipped when it is not installed.
 */
final class NodeTriton {
    static final String VERSION = "7.17.0";
    private static final long RUN_LIMIT_SECONDS = 180;

    private final Path executable;
    private final Path home;
    private final Map<String, String> profile;

    private NodeTriton(Path executable, Path home, Map<String, String> profile) {
        this.executable = executable;
        this.home = home;
        this.profile = profile;
    }

    /** Where .ci/run installs it. */
    static Path installDir() {
        String configured = System.getProperty("cloudmaker.node-triton");
        // .ci/run installs under $HOME, which is not always the JVM's user.home (that comes from the password file)
        String home = System.getenv().getOrDefault("HOME", System.getProperty("user.home"));
        return configured != null ? Path.of(configured)
                : Path.of(home, ".cache", "cloudmaker", "node-triton-" + VERSION);
    }

    /** Skips the calling test, saying how to install it, when node-triton or node is not there. */
    static Path requireInstalled() {
        Path bin = installDir().resolve("node_modules/.bin/triton");
        assumeTrue(Files.isExecutable(bin), "node-triton " + VERSION + " is not installed in " + installDir()
                + "; .ci/run installs it: npm install --prefix " + installDir() + " triton@" + VERSION);
        boolean node = Arrays.stream(System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator))
                .anyMatch(d -> !d.isEmpty() && Files.isExecutable(Path.of(d, "node")));
        assumeTrue(node, "node is not on the PATH, so node-triton cannot run; .ci/run installs nodejs");
        return bin;
    }

    /**
     * A user of the emulator: {@code ssh-keygen} makes a key of {@code type} ({@code rsa}, {@code ecdsa},
     * {@code ed25519}) in {@code home/.ssh}; the key is returned for the emulator's account through {@link #publicLine}.
     */
    static NodeTriton user(Path home, String type, TritonEmulator emulator) {
        Path bin = requireInstalled();
        Path ssh = home.resolve(".ssh");
        Path key = ssh.resolve("id_" + type);
        try {
            Files.createDirectories(ssh);
            run(List.of("ssh-keygen", "-q", "-t", type, "-N", "", "-C", "cloudmaker-test", "-f", key.toString()), Map.of(), home);
            String line = Files.readString(ssh.resolve("id_" + type + ".pub"));
            String fingerprint = emulator.addKey("test-" + type, line);
            return new NodeTriton(bin, home, Map.of("TRITON_URL", emulator.baseUrl().toString(),
                    "TRITON_ACCOUNT", emulator.login(), "TRITON_KEY_ID", fingerprint));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String fingerprintOf(Path publicKeyFile) throws IOException {
        return SshPublicKey.parse(Files.readString(publicKeyFile)).md5Fingerprint();
    }

    /** Runs {@code triton ARGS}. */
    Result run(String... args) {
        List<String> command = new ArrayList<>(List.of(executable.toString()));
        command.addAll(List.of(args));
        return run(command, profile, home);
    }

    /** Runs {@code triton ARGS} and parses its output as JSON, failing with its output when it exits non-zero. */
    JsonNode json(String... args) {
        return run(args).ok().json();
    }

    private static Result run(List<String> command, Map<String, String> env, Path home) {
        ProcessBuilder pb = new ProcessBuilder(command).directory(home.toFile());
        Map<String, String> e = pb.environment();
        e.keySet().removeIf(k -> k.startsWith("TRITON_") || k.startsWith("SDC_") || k.equalsIgnoreCase("http_proxy")
                || k.equalsIgnoreCase("https_proxy") || k.equals("SSH_AUTH_SOCK"));
        e.put("HOME", home.toString());
        e.put("XDG_CONFIG_HOME", home.resolve(".config").toString());
        e.put("NO_PROXY", "127.0.0.1,localhost");
        e.putAll(env);
        try {
            Path out = Files.createTempFile(home, "out", ".txt");
            Path err = Files.createTempFile(home, "err", ".txt");
            Process p = pb.redirectOutput(out.toFile()).redirectError(err.toFile()).redirectInput(ProcessBuilder.Redirect.PIPE)
                    .start();
            p.getOutputStream().close();
            if (!p.waitFor(RUN_LIMIT_SECONDS, TimeUnit.SECONDS)) {
                p.destroyForcibly().waitFor();
                throw new AssertionError(String.join(" ", command) + " did not end within " + RUN_LIMIT_SECONDS
                        + " s; it wrote:\n" + Files.readString(out) + Files.readString(err));
            }
            return new Result(String.join(" ", command.subList(1, command.size())), p.exitValue(),
                    Files.readString(out), Files.readString(err));
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(ex);
        }
    }

    /** What one run printed. */
    record Result(String command, int exitCode, String out, String err) {
        Result ok() {
            if (exitCode != 0) {
                throw new AssertionError("triton " + command + " exited " + exitCode + ":\n" + out + err);
            }
            return this;
        }

        JsonNode json() {
            try {
                return EmulatorJson.MAPPER.readTree(out);
            } catch (IOException e) {
                throw new AssertionError("triton " + command + " did not print JSON:\n" + out + err, e);
            }
        }

        /** The last line that is a JSON object: commands with {@code -w -j} print progress before it. */
        JsonNode lastJson() {
            String last = out.lines().filter(l -> l.startsWith("{")).reduce((a, b) -> b)
                    .orElseThrow(() -> new AssertionError("triton " + command + " printed no JSON:\n" + out + err));
            try {
                return EmulatorJson.MAPPER.readTree(last);
            } catch (IOException e) {
                throw new AssertionError("triton " + command + " printed a line that is not JSON: " + last, e);
            }
        }

        /** {@code -j} lists print one JSON object a line. */
        List<JsonNode> jsonLines() {
            return out.lines().filter(l -> !l.isBlank()).map(l -> {
                try {
                    return EmulatorJson.MAPPER.readTree(l);
                } catch (IOException e) {
                    throw new AssertionError("triton " + command + " printed a line that is not JSON: " + l, e);
                }
            }).toList();
        }
    }
}
