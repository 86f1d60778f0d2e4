package dev.cloudmaker.local;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.cloudmaker.core.io.AtomicFiles;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * The machines of this host, one folder each: {@code machine.json}, {@code upper}/{@code work} (the
 * overlay's writable layer), {@code root} (where it is mounted) and {@code console.log}. Changes happen
 * under a host-wide lock file so two cloudmaker runs never hand out one address twice.
 */
final class MachineStore {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final Path dir;

    MachineStore(Path dir) {
        this.dir = dir;
    }

    Path folder(String id) {
        return dir.resolve(id);
    }

    List<MachineRecord> list() {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        List<MachineRecord> out = new ArrayList<>();
        try (Stream<Path> s = Files.list(dir)) {
            for (Path d : s.sorted().toList()) {
                read(d.resolve("machine.json")).ifPresent(out::add);
            }
        } catch (IOException e) {
            throw new LocalHostException("could not list " + dir + ": " + e.getMessage(), e);
        }
        return out;
    }

    /** The machine of that id; empty for an unknown id or one that is no plain folder name. */
    Optional<MachineRecord> get(String id) {
        if (id == null || !id.matches("[A-Za-z0-9_-]+")) {
            return Optional.empty();
        }
        return read(folder(id).resolve("machine.json"));
    }

    void save(MachineRecord m) {
        try {
            Files.createDirectories(folder(m.id()));
            AtomicFiles.write(folder(m.id()).resolve("machine.json"), JSON.writeValueAsString(m).getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new LocalHostException("could not write " + folder(m.id()) + "/machine.json: " + e.getMessage(), e);
        }
    }

    /** Runs {@code work} holding the host-wide lock of local machines, across processes and threads. */
    <T> T locked(Supplier<T> work) {
        return new HostLock(dir.resolve(".lock")).holding(work);
    }

    private static Optional<MachineRecord> read(Path file) {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(JSON.readValue(file.toFile(), MachineRecord.class));
        } catch (IOException e) {
            throw new LocalHostException("could not read " + file + ": " + e.getMessage()
                    + "; if the machine is gone, delete its folder " + file.getParent(), e);
        }
    }
}
