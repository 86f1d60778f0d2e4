package dev.cloudmaker.emulator.aws;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Debian's AWS clients (the AWS CLI, boto3 under the system python, Ansible), run against an emulator over loopback
 * only: a HOME of their own, empty config and credentials files, the emulator's key in the environment, instance
 * metadata lookups off. Tests using one are skipped when it is not installed ({@code .ci/run} installs them).
 */
final class AwsClients {
    static final Path AWS = Path.of("/usr/bin/aws");
    static final Path PYTHON = Path.of("/usr/bin/python3");
    static final Path ANSIBLE_PLAYBOOK = Path.of("/usr/bin/ansible-playbook");
    static final Path AMAZON_AWS = Path.of("/usr/lib/python3/dist-packages/ansible_collections/amazon/aws");
    private static final long RUN_LIMIT_SECONDS = 300;

    /** What a client printed and how it ended. */
    record Result(int exit, String out, String err) {
        Result ok() {
            if (exit != 0) {
                throw new AssertionError("exit " + exit + "\nstdout:\n" + out + "\nstderr:\n" + err);
            }
            return this;
        }
    }

    private final AwsEmulator emulator;
    private final Path home;

    AwsClients(AwsEmulator emulator, Path home) {
        this.emulator = emulator;
        this.home = home;
        try {
            Files.createDirectories(home);
            Files.writeString(home.resolve("aws-config"), "");
            Files.writeString(home.resolve("aws-credentials"), "");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void require(Path client, String aptPackage) {
        assumeTrue(Files.isExecutable(client), client + " is not installed; .ci/run installs Debian's " + aptPackage);
    }

    static void requireBoto3() {
        require(PYTHON, "python3");
        assumeTrue(Files.isDirectory(Path.of("/usr/lib/python3/dist-packages/boto3")),
                "boto3 is not installed for /usr/bin/python3; .ci/run installs Debian's python3-boto3");
    }

    static void requireAnsible() {
        require(ANSIBLE_PLAYBOOK, "ansible");
        assumeTrue(Files.isDirectory(AMAZON_AWS), "Ansible's amazon.aws collection is not in " + AMAZON_AWS
                + "; .ci/run installs Debian's ansible, which ships it");
        requireBoto3();
    }

    Path home() {
        return home;
    }

    /** The environment every client gets: nothing of the user's, the emulator's key and region. */
    Map<String, String> environment() {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("PATH", "/usr/bin:/bin");
        env.put("HOME", home.toString());
        env.put("LANG", "C.UTF-8");
        env.put("AWS_CONFIG_FILE", home.resolve("aws-config").toString());
        env.put("AWS_SHARED_CREDENTIALS_FILE", home.resolve("aws-credentials").toString());
        env.put("AWS_ACCESS_KEY_ID", emulator.accessKeyId());
        env.put("AWS_SECRET_ACCESS_KEY", emulator.secretAccessKey());
        env.put("AWS_DEFAULT_REGION", emulator.region());
        env.put("AWS_REGION", emulator.region());
        env.put("AWS_EC2_METADATA_DISABLED", "true");
        env.put("AWS_PAGER", "");
        env.put("EMULATOR_URL", emulator.baseUrl().toString());
        return env;
    }

    /** {@code aws --endpoint-url URL --output json ARGS...}. */
    Result aws(String... args) {
        List<String> cmd = new java.util.ArrayList<>(List.of(AWS.toString(), "--endpoint-url",
                emulator.baseUrl().toString(), "--output", "json"));
        cmd.addAll(List.of(args));
        return run(cmd, Map.of());
    }

    Result run(List<String> command, Map<String, String> extraEnv) {
        ProcessBuilder pb = new ProcessBuilder(command).directory(home.toFile());
        pb.environment().clear();
        pb.environment().putAll(environment());
        pb.environment().putAll(extraEnv);
        try {
            Path out = Files.createTempFile(home, "out", ".txt");
            Path err = Files.createTempFile(home, "err", ".txt");
            Process p = pb.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            if (!p.waitFor(RUN_LIMIT_SECONDS, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new AssertionError(command.getFirst() + " ran longer than " + RUN_LIMIT_SECONDS + "s:\n"
                        + Files.readString(out) + Files.readString(err));
            }
            return new Result(p.exitValue(), Files.readString(out), Files.readString(err));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
