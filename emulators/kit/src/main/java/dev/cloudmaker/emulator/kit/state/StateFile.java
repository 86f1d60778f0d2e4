package dev.cloudmaker.emulator.kit.state;

import dev.cloudmaker.core.io.AtomicFiles;
import dev.cloudmaker.emulator.kit.EmulatorJson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Loads and atomically saves an emulator's state, a record of its own, as pretty-printed JSON. */
public final class StateFile {
    private StateFile() {
    }

    /** The state saved in {@code file}; empty when there is no file, or no file is used ({@code file} is null). */
    public static <S> Optional<S> load(Path file, Class<S> type) {
        if (file == null || !Files.exists(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(EmulatorJson.MAPPER.readValue(file.toFile(), type));
        } catch (IOException e) {
            throw new UncheckedIOException("could not read emulator state " + file + ": " + e.getMessage(), e);
        }
    }

    /** Replaces {@code file} with {@code state}; nothing when {@code file} is null. */
    public static void save(Path file, Object state) {
        if (file == null) {
            return;
        }
        try {
            AtomicFiles.write(file, EmulatorJson.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsBytes(state));
        } catch (IOException e) {
            throw new UncheckedIOException("could not save emulator state " + file + ": " + e.getMessage(), e);
        }
    }
}
