package dev.cloudmaker.emulator.digitalocean;

import dev.cloudmaker.core.io.AtomicFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Loads and atomically saves the emulator's state as JSON. */
final class StateFile {
    private StateFile() {
    }

    static void loadInto(Path file, State state) {
        if (file == null || !Files.exists(file)) {
            return;
        }
        try {
            state.restore(Json.MAPPER.readValue(file.toFile(), StateSnapshot.class));
        } catch (IOException e) {
            throw new UncheckedIOException("could not read emulator state " + file + ": " + e.getMessage(), e);
        }
    }

    static void save(Path file, State state) {
        if (file == null) {
            return;
        }
        try {
            AtomicFiles.write(file, Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsBytes(state.snapshot()));
        } catch (IOException e) {
            throw new UncheckedIOException("could not save emulator state " + file + ": " + e.getMessage(), e);
        }
    }
}
