package dev.cloudmaker.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A local-machine test's copy of examples/local, and what the test does from the host as a user
 * would: run a command here, and log in to one of its machines over SSH with the key and host-key
 * pins cloudmaker keeps in the copy's folder.
 */
final class MachineShell {
    private static final Path MACHINES = Path.of("/var/lib/cloudmaker/local/machines");

    record Result(int exit, String out, String err) {
    }

    private final Path dir;
    private final String bridge;
    private final String subnetPrefix;

    private MachineShell(Path dir, String bridge, String subnetPrefix) {
        this.dir = dir;
        this.bridge = bridge;
        this.subnetPrefix = subnetPrefix;
    }

    /**
     * Copies examples/local to a new temporary folder, with the test's own namespace, and a bridge and
     * subnet ({@code subnetPrefix} like "10.213.251.") no other test uses.
     */
    static MachineShell exampleCopy(String namespace, String bridge, String subnetPrefix) throws IOException {
        Path dir = Files.createTempDirectory("cloudmaker-" + namespace);
        Path example = Path.of(System.getProperty("user.dir")).resolveSibling("examples").resolve("local");
        try (Stream<Path> files = Files.walk(example)) {
            for (Path f : files.filter(Files::isRegularFile).filter(f -> !example.relativize(f).startsWith(".cloudmaker")).toList()) {
                Path to = dir.resolve(example.relativize(f).toString());
                Files.createDirectories(to.getParent());
                Files.copy(f, to);
            }
        }
        ObjectMapper json = new ObjectMapper();
        ObjectNode def = (ObjectNode) json.readTree(dir.resolve("cloud.json").toFile());
        def.put("namespace", namespace);
        def.putObject("local").put("bridge", bridge).put("subnet", subnetPrefix + "0/24");
        def.remove("$schema");
        Files.writeString(dir.resolve("cloud.json"), json.writerWithDefaultPrettyPrinter().writeValueAsString(def));
        return new MachineShell(dir, bridge, subnetPrefix);
    }

    Path dir() {
        return dir;
    }

    /** The CLI's environment: its home (for ~/.cloudmaker) is the folder, and plain output. */
    Map<String, String> env() {
        return Map.of("HOME", dir.toString(), "NO_COLOR", "1");
    }

    /** The server's address from the inventory, checked to be on the test's own bridge before anything connects. */
    String address(String server) throws IOException {
        var inventory = new ObjectMapper().readTree(dir.resolve("cloudmaker_inventory.json").toFile());
        String address = inventory.path(server).path("public_network_interfaces").path("ipv4").asText();
        assertThat(address).as("local machines live on the test's own subnet").startsWith(subnetPrefix);
        // the route check cloudmaker makes before connecting, made here before the test connects itself
        assertThat(run("ip", "-o", "route", "get", address).out()).contains("dev " + bridge).doesNotContain(" via ");
        return address;
    }

    Path knownHosts() {
        return dir.resolve("known_hosts");
    }

    /** Runs {@code command} on {@code server} as {@code user}, with the folder's key and its pinned host key. */
    Result ssh(String server, String user, String command) throws IOException {
        return run(List.of("ssh", "-o", "BatchMode=yes", "-o", "IdentitiesOnly=yes",
                "-i", dir.resolve(".cloudmaker/ssh/id_ed25519").toString(),
                "-o", "UserKnownHostsFile=" + knownHosts(), "-o", "HostKeyAlias=" + server,
                "-o", "StrictHostKeyChecking=yes", user + "@" + address(server), command));
    }

    /** The ids of the local machines tagged with {@code namespace}, whoever made them. */
    static List<String> machineIds(String namespace) throws IOException {
        List<String> ids = new ArrayList<>();
        if (!Files.isDirectory(MACHINES)) {
            return ids;
        }
        try (Stream<Path> s = Files.list(MACHINES)) {
            for (Path m : s.sorted(Comparator.naturalOrder()).toList()) {
                Path record = m.resolve("machine.json");
                if (Files.exists(record) && Files.readString(record).contains("\"cloudmaker:" + namespace + "\"")) {
                    ids.add(m.getFileName().toString());
                }
            }
        }
        return ids;
    }

    static Result run(String... argv) throws IOException {
        return run(List.of(argv));
    }

    /** Runs a command on this host without input; one that takes more than a minute fails the test. */
    static Result run(List<String> argv) throws IOException {
        Path out = Files.createTempFile("it", ".out");
        Path err = Files.createTempFile("it", ".err");
        try {
            Process p = new ProcessBuilder(argv).redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                    .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            if (!p.waitFor(60, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new AssertionError(String.join(" ", argv) + " did not finish in 60 s");
            }
            return new Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }
}
