package dev.cloudmaker.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The CLI reaches emulators through the kit's EmulatorFactory, never by a cloud's emulator classes. */
class EmulatorImportsTest {
    private static final Pattern CLOUD_EMULATOR = Pattern.compile("^import dev\\.cloudmaker\\.emulator\\.(?!kit[.;])",
            Pattern.MULTILINE);
    /** The sandbox still starts the DigitalOcean emulator by name until it goes through EmulatorFactory too. */
    private static final List<String> ALLOWED = List.of("Session.java");

    @Test
    void mainCodeImportsNoCloudsEmulator() throws IOException {
        Path main = Path.of(System.getProperty("user.dir"), "src", "main", "java");
        try (Stream<Path> files = Files.walk(main)) {
            List<String> offenders = files.filter(f -> f.toString().endsWith(".java"))
                    .filter(f -> !ALLOWED.contains(f.getFileName().toString()))
                    .filter(f -> CLOUD_EMULATOR.matcher(read(f)).find())
                    .map(f -> main.relativize(f).toString()).toList();
            assertThat(offenders).as("CLI sources importing a cloud's emulator package; use EmulatorFactory").isEmpty();
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
