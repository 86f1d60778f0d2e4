package dev.cloudmaker.release;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The library as a user's build gets it: the artifacts `./mvnw install` makes (here installed by the build into a
 * repository in target/, so the shared ~/.m2 is never written), and a Maven project of its own, with docs/library.md's
 * dependencies and example, that compiles against them offline. That nested Maven uses a copy of that repository as
 * its local repository, so the dev.cloudmaker artifacts can come from nowhere else, with ~/.m2 chained behind it
 * read-only (maven.repo.local.tail) for the third-party libraries and plugins the build already has.
 */
class LibraryArtifactsIT {
    private static final String VERSION = System.getProperty("cloudmaker.version");
    private static final Path ROOT = Path.of(System.getProperty("cloudmaker.root"));
    private static final Path REPO = Path.of(System.getProperty("cloudmaker.library.repo"));
    private static final List<String> LIBRARY = List.of("cloudmaker-core", "cloudmaker-ssh", "cloudmaker-provider-digitalocean",
            "cloudmaker-provider-triton", "cloudmaker-provider-local");

    @TempDir
    Path work;

    @Test
    void theLibraryIsInstalledWithSourcesAndJavadocUnderARealVersion() throws IOException {
        assertThat(VERSION).matches("\\d+\\.\\d+\\.\\d+").doesNotContain("SNAPSHOT");
        assertThat(artifact("cloudmaker-parent", ".pom")).isRegularFile();
        for (String module : LIBRARY) {
            for (String suffix : List.of(".pom", ".jar", "-sources.jar", "-javadoc.jar")) {
                assertThat(artifact(module, suffix)).as(module + suffix).isRegularFile();
            }
        }
        Path built = ROOT.resolve("cloudmaker-core/target/cloudmaker-core-" + VERSION + ".jar");
        assertThat(Files.mismatch(artifact("cloudmaker-core", ".jar"), built))
                .as("the installed jar is the one this build made (not one left by an earlier build)").isEqualTo(-1L);
        try (JarFile sources = new JarFile(artifact("cloudmaker-core", "-sources.jar").toFile());
             JarFile javadoc = new JarFile(artifact("cloudmaker-core", "-javadoc.jar").toFile())) {
            assertThat(sources.getEntry("dev/cloudmaker/core/spi/ServerRequest.java")).isNotNull();
            assertThat(javadoc.getEntry("dev/cloudmaker/core/spi/ServerRequestBuilder.html")).isNotNull();
        }
        try (Stream<Path> published = Files.list(REPO.resolve("dev/cloudmaker"))) {
            assertThat(published.map(p -> p.getFileName().toString()))
                    .as("only the library and its parent; the CLI, emulators, testkit and benchmarks are not for depending on")
                    .containsExactlyInAnyOrderElementsOf(Stream.concat(LIBRARY.stream(), Stream.of("cloudmaker-parent")).toList());
        }
    }

    @Test
    void theDocumentedExampleCompilesAgainstTheInstalledArtifacts() throws Exception {
        String doc = Files.readString(ROOT.resolve("docs/library.md"));
        String dependencies = block(doc, "xml");
        assertThat(dependencies).as("docs/library.md names this version").contains("<version>" + VERSION + "</version>");
        Path project = work.resolve("consumer");
        Path sources = Files.createDirectories(project.resolve("src/main/java"));
        Files.writeString(sources.resolve("LibraryExample.java"), block(doc, "java"));
        Files.writeString(project.resolve("pom.xml"), consumerPom(dependencies));

        Path localRepo = work.resolve("repo");
        copyTree(REPO, localRepo);
        Map<String, String> env = Map.of("PATH", System.getenv("PATH"), "HOME", System.getProperty("user.home"),
                "JAVA_HOME", System.getProperty("java.home"));
        Shell.Result maven = Shell.run(project, env, List.of(ROOT.resolve("mvnw").toString(), "-B", "-q", "-o",
                "-Dmaven.repo.local=" + localRepo, "-Dmaven.repo.local.tail=" + System.getProperty("cloudmaker.maven.local"),
                "compile"));
        assertThat(maven.exitCode()).as("the consumer project compiles:\n" + maven.output()).isZero();
        assertThat(project.resolve("target/classes/LibraryExample.class")).isRegularFile();
    }

    private static Path artifact(String module, String suffix) {
        return REPO.resolve("dev/cloudmaker/" + module + "/" + VERSION + "/" + module + "-" + VERSION + suffix);
    }

    private static String block(String markdown, String language) {
        Matcher m = Pattern.compile("```" + language + "\\n(.*?)```", Pattern.DOTALL).matcher(markdown);
        assertThat(m.find()).as("a ```" + language + " block in docs/library.md").isTrue();
        return m.group(1);
    }

    /** The user's build: the documented dependencies, and the plugins at the versions this build pins (so offline works). */
    private static String consumerPom(String dependencies) throws IOException {
        String parent = Files.readString(ROOT.resolve("pom.xml"));
        return """
                <project xmlns="http://maven.apache.org/POM/4.0.0">
                  <modelVersion>4.0.0</modelVersion>
                  <groupId>com.example</groupId>
                  <artifactId>uses-cloudmaker</artifactId>
                  <version>1</version>
                  <properties>
                    <maven.compiler.release>21</maven.compiler.release>
                    <project.build.sourceEncoding>UTF-8</project.build.sourceEncoding>
                  </properties>
                  <dependencies>
                %s
                  </dependencies>
                  <build>
                    <plugins>
                      <plugin><groupId>org.apache.maven.plugins</groupId><artifactId>maven-resources-plugin</artifactId><version>%s</version></plugin>
                      <plugin><groupId>org.apache.maven.plugins</groupId><artifactId>maven-compiler-plugin</artifactId><version>%s</version></plugin>
                    </plugins>
                  </build>
                </project>
                """.formatted(dependencies, pinned(parent, "maven-resources-plugin"), pinned(parent, "maven-compiler-plugin"));
    }

    private static String pinned(String pom, String plugin) {
        Matcher m = Pattern.compile("<artifactId>" + plugin + "</artifactId><version>([^<]+)</version>").matcher(pom);
        assertThat(m.find()).as(plugin + " pinned in the parent POM").isTrue();
        return m.group(1);
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> all = Files.walk(from)) {
            for (Path p : all.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }
}
