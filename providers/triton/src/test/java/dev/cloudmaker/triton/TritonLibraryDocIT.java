package dev.cloudmaker.triton;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cloudmaker.emulator.triton.TritonEmulator;
import dev.cloudmaker.ssh.Identity;
import dev.cloudmaker.ssh.IdentityFiles;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringWriter;
import java.lang.reflect.Method;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * docs/library.md's Triton section (py-smartdc's session) compiles as it is written and does what it says against two
 * emulated datacenters of one cloud. The SSH step reaches a {@link StandInMachine} booted from the machine's own user
 * data as the emulator stored it, since the emulated machine's address has nothing behind it.
 */
class TritonLibraryDocIT {
    private static final Path DOC = Path.of("../../docs/library.md");
    private static final Pattern SECTION = Pattern.compile("## Triton: py-smartdc's example session.*?```java\\n(.*?)```",
            Pattern.DOTALL);

    @TempDir
    Path work;

    private final List<StandInMachine> standIns = new ArrayList<>();

    @Test
    void pySmartdcsSessionCompilesAndRunsAgainstTwoEmulatedDatacenters() throws Exception {
        Matcher block = SECTION.matcher(Files.readString(DOC));
        assertThat(block.find()).as("the Triton section's ```java block in " + DOC).isTrue();
        Path classes = compile(block.group(1));
        Identity key = IdentityFiles.generate(work.resolve("id_ed25519"));
        Path eastState = work.resolve("east.json");
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        PrintStream realOut = System.out;
        try (TritonEmulator east = emulator("us-east-1", key).stateFile(eastState).start();
             TritonEmulator west = emulator("us-sw-1", key).start();
             URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()}, getClass().getClassLoader())) {
            west.addDatacenter("us-east-1", east.baseUrl());
            UnaryOperator<InetSocketAddress> sshAt = address -> standIn(eastState, address);
            Method run = loader.loadClass("TritonSession").getDeclaredMethod("run", URI.class, String.class, Path.class,
                    String.class, Path.class, UnaryOperator.class);
            run.setAccessible(true);
            System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
            try {
                run.invoke(null, west.baseUrl(), "alice", key.file().orElseThrow(), "us-east-1",
                        work.resolve("known_hosts"), sshAt);
            } finally {
                System.setOut(realOut);
                standIns.forEach(StandInMachine::close);
            }
            assertThat(west.account().servers()).as("nothing is made in the first datacenter").isEmpty();
            assertThat(east.account().servers()).as("the machine is deleted at the end").isEmpty();
            assertThat(standIns).hasSize(1);
        }
        assertThat(printed.toString(StandardCharsets.UTF_8)).contains(
                "key laptop " + key.publicKey().md5Fingerprint(),
                "default package g1.medium, image debian-12@20240612",
                "test-machine runs " + System.getProperty("os.name"));
        assertThat(Files.readString(work.resolve("known_hosts"))).contains("\ntest-machine,203.0.113.");
    }

    private static dev.cloudmaker.emulator.triton.TritonEmulatorBuilder emulator(String datacenter, Identity key) {
        return TritonEmulator.builder().account("alice").datacenter(datacenter).key("laptop", key.publicKey().line())
                .bootDelay(Duration.ofMillis(300)).actionDuration(Duration.ofMillis(300));
    }

    /** The machine at {@code address}, booted as a stand-in from the user data the emulator saved for it. */
    private InetSocketAddress standIn(Path state, InetSocketAddress address) {
        try {
            JsonNode saved = new ObjectMapper().readTree(state.toFile());
            for (JsonNode m : saved.get("machines")) {
                if (m.get("publicIp").asText().equals(address.getHostString()) && address.getPort() == 22) {
                    StandInMachine machine = StandInMachine.bootedFrom(m.get("metadata").get("cloud-init:user-data").asText());
                    standIns.add(machine);
                    return machine.address();
                }
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        throw new AssertionError("no machine at " + address);
    }

    private Path compile(String source) throws Exception {
        Path file = work.resolve("TritonSession.java");
        Files.writeString(file, source);
        Path classes = Files.createDirectories(work.resolve("classes"));
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        StringWriter diagnostics = new StringWriter();
        boolean compiled = javac.getTask(diagnostics, null, null,
                List.of("-d", classes.toString(), "-classpath", System.getProperty("java.class.path")), null,
                javac.getStandardFileManager(null, null, StandardCharsets.UTF_8).getJavaFileObjects(file)).call();
        assertThat(compiled).as("docs/library.md's Triton example compiles:\n" + diagnostics).isTrue();
        return classes;
    }
}
