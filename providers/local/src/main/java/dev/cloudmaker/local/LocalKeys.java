package dev.cloudmaker.local;

import dev.cloudmaker.core.spi.CloudmakerTags;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.cloudmaker.core.io.AtomicFiles;
import dev.cloudmaker.core.model.SshPublicKey;
import dev.cloudmaker.core.spi.CloudKey;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * This host's "account" keys, what a cloud keeps under its SSH keys: one file per key,
 * {@code <home>/keys/<id>.json}, shared by every workspace on the host as a cloud account is shared by
 * its users. The id is derived from the key's fingerprint, so it is stable and one key is registered
 * once, whatever name it is added under again (as DigitalOcean refuses a key already in the account).
 */
final class LocalKeys {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final String PREFIX = "key-";

    private final Path dir;

    LocalKeys(Path dir) {
        this.dir = dir;
    }

    static String idOf(SshPublicKey key) {
        return PREFIX + key.md5Fingerprint().replace(":", "");
    }

    /** The registered key, or a new one; the same key under another name returns the one registered first. */
    CloudKey create(String name, SshPublicKey key) {
        return locked(() -> find(idOf(key)).orElseGet(() -> {
            CloudKey made = new CloudKey(idOf(key), name, key.md5Fingerprint(), key.line(), CloudmakerTags.named(name));
            try {
                Files.createDirectories(dir);
                // the file keeps its four fields; the Named is read back from the name
                Map<String, String> stored = new LinkedHashMap<>();
                stored.put("id", made.id());
                stored.put("name", made.name());
                stored.put("fingerprint", made.fingerprint());
                stored.put("publicKey", made.publicKey());
                AtomicFiles.write(file(made.id()), JSON.writeValueAsString(stored).getBytes(StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new LocalHostException("could not register the key " + name + " in " + dir + ": " + e.getMessage(), e);
            }
            return made;
        }));
    }

    /** By name, so the listing reads the same on every run. */
    List<CloudKey> list() {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        List<CloudKey> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(f -> f.getFileName().toString().startsWith(PREFIX) && f.toString().endsWith(".json")).toList()) {
                out.add(read(f));
            }
        } catch (IOException e) {
            throw new LocalHostException("could not list the keys in " + dir + ": " + e.getMessage(), e);
        }
        out.sort(Comparator.comparing(CloudKey::name).thenComparing(CloudKey::id));
        return out;
    }

    /** A key already gone is not an error. */
    void delete(String id) {
        if (!id.matches(PREFIX + "[0-9a-f]{32}")) {
            return; // not an id this registry hands out (e.g. the key line Keys.find answers with): nothing registered
        }
        locked(() -> {
            try {
                return Files.deleteIfExists(file(id));
            } catch (IOException e) {
                throw new LocalHostException("could not delete the key " + id + " from " + dir + ": " + e.getMessage(), e);
            }
        });
    }

    private Optional<CloudKey> find(String id) {
        Path f = file(id);
        return Files.isRegularFile(f) ? Optional.of(read(f)) : Optional.empty();
    }

    private Path file(String id) {
        return dir.resolve(id + ".json");
    }

    private static CloudKey read(Path f) {
        try {
            CloudKey k = JSON.readValue(f.toFile(), CloudKey.class);
            return new CloudKey(k.id(), k.name(), k.fingerprint(), k.publicKey(), CloudmakerTags.named(k.name()));
        } catch (IOException e) {
            throw new LocalHostException("could not read the key " + f + ": " + e.getMessage()
                    + "; delete the file if the key is no longer wanted", e);
        }
    }

    /** Check-then-write under a lock, so two runs adding one key at once register it once. */
    private <T> T locked(Supplier<T> work) {
        return new HostLock(dir.resolve(".lock")).holding(work);
    }
}
