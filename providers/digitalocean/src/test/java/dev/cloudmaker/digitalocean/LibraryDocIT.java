package dev.cloudmaker.digitalocean;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cloudmaker.api.Cloud;
import dev.cloudmaker.emulator.digitalocean.DigitalOceanEmulator;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringWriter;
import java.lang.reflect.Method;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The example in docs/library.md compiles as it is written and does what it says against the emulator. */
class LibraryDocIT {
    private static final Path DOC = Path.of("../../docs/library.md");
    private static final Pattern JAVA_BLOCK = Pattern.compile("```java\\n(.*?)```", Pattern.DOTALL);

    @TempDir
    Path work;

    @Test
    void theExampleCompilesAndRunsAgainstTheEmulator() throws Exception {
        Matcher block = JAVA_BLOCK.matcher(Files.readString(DOC));
        assertThat(block.find()).as("a ```java block in " + DOC).isTrue();
        Path source = work.resolve("LibraryExample.java");
        Files.writeString(source, block.group(1));

        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        StringWriter diagnostics = new StringWriter();
        Path classes = Files.createDirectories(work.resolve("classes"));
        boolean compiled = javac.getTask(diagnostics, null, null,
                List.of("-d", classes.toString(), "-classpath", classPathOf(Cloud.class, com.fasterxml.jackson.databind.JsonNode.class)),
                null, javac.getStandardFileManager(null, null, StandardCharsets.UTF_8).getJavaFileObjects(source)).call();
        assertThat(compiled).as("docs/library.md's example compiles:\n" + diagnostics).isTrue();

        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        PrintStream realOut = System.out;
        try (DigitalOceanEmulator emu = EmulatedCloud.emulator().start();
             URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()}, getClass().getClassLoader())) {
            Method run = loader.loadClass("LibraryExample").getDeclaredMethod("run", URI.class, String.class);
            run.setAccessible(true);
            System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
            try {
                run.invoke(null, emu.baseUrl(), "dop_v1_library");
            } finally {
                System.setOut(realOut);
            }
            assertThat(emu.droplets()).as("the example cleans up after itself").isEmpty();
        }
        assertThat(printed.toString(StandardCharsets.UTF_8)).contains("web1 runs at 203.0.113.", "web1 active s-1vcpu-1gb");
    }

    private static String classPathOf(Class<?>... types) throws URISyntaxException {
        StringBuilder path = new StringBuilder();
        for (Class<?> type : types) {
            if (!path.isEmpty()) {
                path.append(java.io.File.pathSeparator);
            }
            path.append(Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()));
        }
        return path.toString();
    }
}
