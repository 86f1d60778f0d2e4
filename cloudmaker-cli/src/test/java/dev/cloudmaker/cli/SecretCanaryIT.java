package dev.cloudmaker.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cloudmaker.core.state.FileStateStore;
import dev.cloudmaker.core.state.Workspace;
import dev.cloudmaker.emulator.digitalocean.DigitalOceanEmulator;
import dev.cloudmaker.emulator.digitalocean.DigitalOceanEmulatorBuilder;
import dev.cloudmaker.emulator.kit.fault.FaultSpec;
import dev.cloudmaker.ssh.Identity;
import dev.cloudmaker.ssh.IdentityFiles;
import dev.cloudmaker.ssh.firstboot.HostKeyStore;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Promise 5, secrets stay secret: a canary token, a canary login key and a canary host key; every
 * command (enumerated from picocli, so a new one fails this test until it is given arguments here) runs
 * with -v against a healthy emulator, one answering 500s and resets, and one refusing the token (401).
 * Nothing they print, log or write (every file of the workspace, command logs included) holds the token,
 * any 20 characters of it, or private key material; the key files cloudmaker writes are owner-only.
 */
class SecretCanaryIT {
    private static final String ROLE_DEF = LifecycleIT.CLOUD;

    /** Arguments for every command, in an order that works on a provisioned namespace; NS means the namespace's servers. */
    static final Map<String, List<String>> ARGS = new LinkedHashMap<>();

    static {
        ARGS.put("validate", List.of());
        ARGS.put("plan", List.of());
        ARGS.put("provision", List.of("--yes", "--timeout", "30s"));
        ARGS.put("inventory", List.of());
        ARGS.put("list", List.of());
        ARGS.put("show", List.of("web1"));
        ARGS.put("stop", List.of("web1", "--wait", "--timeout", "30s"));
        ARGS.put("start", List.of("web1", "--wait", "--timeout", "30s"));
        ARGS.put("reboot", List.of("web1", "--timeout", "30s"));
        ARGS.put("resize", List.of("web1", "s-2vcpu-2gb", "--wait", "--timeout", "30s"));
        ARGS.put("image", List.of("web1", "--as", "canary-snap", "--timeout", "30s"));
        ARGS.put("recreate", List.of("web1", "--from", "canary-snap", "--yes", "--no-bootstrap", "--timeout", "30s"));
        ARGS.put("image delete", List.of("canary-snap"));
        ARGS.put("import", List.of("ghost", "IMPORT_ID"));
        ARGS.put("ssh", List.of("db1", "--", "true"));
        ARGS.put("exec", List.of("--all", "--", "uptime"));
        ARGS.put("rsync", List.of("web2", "-a", "x", ":y"));
        ARGS.put("scp", List.of("web2", "x", ":y"));
        ARGS.put("keys", List.of());
        ARGS.put("keys add", List.of("alice", "ALICE_PUB"));
        ARGS.put("keys list", List.of());
        ARGS.put("keys sync", List.of());
        ARGS.put("keys remove", List.of("alice"));
        ARGS.put("bootstrap", List.of("web2"));
        ARGS.put("regions", List.of());
        ARGS.put("sizes", List.of());
        ARGS.put("images", List.of());
        ARGS.put("terminate", List.of("web2", "--yes"));
        ARGS.put("destroy", List.of("--yes"));
        ARGS.put("unlock", List.of());
        ARGS.put("history", List.of());
        ARGS.put("history show", List.of("0000000000"));
        ARGS.put("backend", List.of());
        ARGS.put("backend init", List.of());
        ARGS.put("backend push", List.of());
        ARGS.put("emulator", List.of("no-such-cloud"));
        ARGS.put("help", List.of("provision"));
    }

    @TempDir
    Path tmp;

    private final String token = "dop_v1_" + HexFormat.of().formatHex(new SecureRandom().generateSeed(32));

    @Test
    void everyCommandIsGivenArguments() {
        assertThat(ARGS.keySet()).containsExactlyInAnyOrderElementsOf(CommandLocksTest.allCommands());
    }

    @Test
    void noCommandLeaksTheTokenOrAPrivateKeyHealthyFailingOrRefused() throws Exception {
        Path userKeys = Files.createDirectories(tmp.resolve("home-ssh"));
        Identity login = IdentityFiles.generate(userKeys.resolve("id_canary"));
        Identity alice = IdentityFiles.generate(userKeys.resolve("id_alice"));
        StringBuilder printed = new StringBuilder();
        List<Path> workspaces = new ArrayList<>();
        Map<String, UnaryOperator<DigitalOceanEmulatorBuilder>> phases = new LinkedHashMap<>();
        phases.put("healthy", b -> b);
        phases.put("failing", b -> b.fault(FaultSpec.parse("500=0.15")).fault(FaultSpec.parse("reset=0.05")));
        phases.put("refused", b -> b);
        List<String> keyCanaries = new ArrayList<>(privateKeyCanaries(login.file().orElseThrow()));
        int runs = 0;
        for (var phase : phases.entrySet()) {
            Path dir = Files.createDirectories(tmp.resolve(phase.getKey()));
            workspaces.add(dir);
            Files.writeString(dir.resolve("cloud.json"), ROLE_DEF);
            Files.writeString(dir.resolve("security.json"), "{\"digital_ocean_api_key\": \"" + token + "\", \"public_ssh_key\": \""
                    + login.publicKey().line() + "\", \"private_ssh_key_file\": \"" + login.file().orElseThrow() + "\"}\n");
            Files.setPosixFilePermissions(dir.resolve("security.json"), PosixFilePermissions.fromString("rw-------"));
            // a host key as a real provision makes it: the server's private key, kept in the workspace
            new HostKeyStore(new FileStateStore(new Workspace(dir)).hostKeys("default")).forServer("db1");
            assertOwnerOnly(hostKeyFile(dir), "rw-------");
            assertOwnerOnly(hostKeyFile(dir).getParent(), "rwx------");
            assertOwnerOnly(hostKeyFile(dir).getParent().getParent(), "rwx------");
            // read now: destroying db1 forgets its key
            keyCanaries.addAll(privateKeyCanaries(hostKeyFile(dir)));
            try (DigitalOceanEmulator emu = phase.getValue().apply(DigitalOceanEmulator.builder()
                    .bootDelay(Duration.ofMillis(200)).actionDuration(Duration.ofMillis(200))).start()) {
                if (phase.getKey().equals("refused")) {
                    emu.rejectToken(token);
                }
                String importId = Long.toString(emu.seedDroplet("ghost", "nyc3", "s-1vcpu-1gb", "debian-12-x64", List.of()));
                for (var command : ARGS.entrySet()) {
                    List<String> args = new ArrayList<>(List.of("-v"));
                    args.addAll(List.of(command.getKey().split(" ")));
                    command.getValue().forEach(a -> args.add(a.replace("IMPORT_ID", importId)
                            .replace("ALICE_PUB", alice.file().orElseThrow().resolveSibling("id_alice.pub").toString())));
                    printed.append(phase.getKey()).append(" $ cloudmaker ").append(String.join(" ", args)).append('\n')
                            .append(runCapturingLogs(emu, dir, args)).append('\n');
                    runs++;
                }
            }
        }
        System.out.printf("SecretCanaryIT: %d command runs (%d commands × %d phases) scanned%n", runs, ARGS.size(), phases.size());

        List<String> tokenCanaries = windows(token, 20);
        assertThat(printed.toString()).as("the commands did run").contains("Apply complete", "500", "401", "Unable to authenticate you", "refusing to connect");
        assertNoCanary("stdout, stderr and logs of every run", printed.toString(), tokenCanaries, keyCanaries);
        for (Path dir : workspaces) {
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path f : files.filter(Files::isRegularFile).toList()) {
                    String name = f.getFileName().toString();
                    if (name.equals("security.json")) {
                        continue;
                    }
                    String text = new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1);
                    // a host key file is that key: only the token and the other keys must not be in it
                    assertNoCanary(f.toString(), text, tokenCanaries,
                            f.equals(hostKeyFile(dir)) ? privateKeyCanaries(login.file().orElseThrow()) : keyCanaries);
                }
            }
        }
        assertOwnerOnly(login.file().orElseThrow(), "rw-------");
    }

    private static Path hostKeyFile(Path dir) {
        return dir.resolve(".cloudmaker/hostkeys/default/db1.key");
    }

    /** One in-process run with its stdout, stderr and whatever was logged to System.err meanwhile. */
    private static String runCapturingLogs(DigitalOceanEmulator emu, Path dir, List<String> args) {
        ByteArrayOutputStream logs = new ByteArrayOutputStream();
        PrintStream realErr = System.err;
        PrintStream realOut = System.out;
        System.setErr(new PrintStream(logs, true, StandardCharsets.UTF_8));
        System.setOut(new PrintStream(logs, true, StandardCharsets.UTF_8));
        try {
            CliRun run = CliRun.against(emu.baseUrl(), dir, Map.of(), args.toArray(String[]::new));
            return "exit " + run.exitCode() + "\n" + run.all() + logs.toString(StandardCharsets.UTF_8);
        } finally {
            System.setErr(realErr);
            System.setOut(realOut);
        }
    }

    static void assertNoCanary(String where, String text, List<String> tokenCanaries, List<String> keyCanaries) {
        for (String c : tokenCanaries) {
            assertThat(text.contains(c)).as("%s holds 20 characters of the token (%s...)", where, c.substring(0, 4)).isFalse();
        }
        for (String c : keyCanaries) {
            assertThat(text.contains(c)).as("%s holds private key material", where).isFalse();
        }
    }

    /**
     * What of a private key file must never show elsewhere: each full base64 line after the first
     * (which holds the format's header and is alike in every key), and windows of its middle lines.
     */
    private static List<String> privateKeyCanaries(Path keyFile) throws IOException {
        List<String> body = Files.readAllLines(keyFile).stream().filter(l -> !l.startsWith("-----") && !l.isBlank()).toList();
        List<String> canaries = new ArrayList<>(body.subList(1, body.size()));
        String all = String.join("", body);
        canaries.addAll(windows(all.substring(all.length() / 2, all.length() * 3 / 4), 24));
        byte[] decoded = Base64.getMimeDecoder().decode(all);
        assertThat(decoded.length).as("a private key in %s", keyFile).isGreaterThan(100);
        return canaries;
    }

    static List<String> windows(String secret, int width) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i + width <= secret.length(); i++) {
            out.add(secret.substring(i, i + width));
        }
        return out;
    }

    private static void assertOwnerOnly(Path p, String perms) throws IOException {
        Set<PosixFilePermission> actual = Files.getPosixFilePermissions(p);
        assertThat(PosixFilePermissions.toString(actual)).as("permissions of %s", p).isEqualTo(perms);
    }
}
