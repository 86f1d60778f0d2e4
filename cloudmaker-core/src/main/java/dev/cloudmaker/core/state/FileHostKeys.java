package dev.cloudmaker.core.state;

import dev.cloudmaker.core.CloudmakerException;
import dev.cloudmaker.core.Secret;
import dev.cloudmaker.core.io.AtomicFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Optional;

/**
 * The host keys of a namespace's servers, one private-key file per server name under
 * {@code .cloudmaker/hostkeys/<namespace>/} (mode 0600, folders 0700, in the user's own workspace).
 */
final class FileHostKeys implements HostKeys {
    private final Path dir;
    private final Runnable fence;

    /** @param fence run before each write; throws when this run may no longer write */
    FileHostKeys(Path stateDir, String namespace, Runnable fence) {
        this.dir = stateDir.resolve("hostkeys").resolve(namespace);
        this.fence = fence;
    }

    @Override
    public Optional<Secret> load(String server) {
        Path f = file(server);
        if (!Files.exists(f)) {
            return Optional.empty();
        }
        try {
            return Optional.of(Secret.of(Files.readString(f)));
        } catch (IOException e) {
            throw new CloudmakerException("could not read the host key " + f + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void store(String server, Secret privateKeyText) {
        Path f = file(server);
        fence.run();
        privateDir();
        // AtomicFiles writes through a fresh temp file, which is created owner-only (0600)
        AtomicFiles.writeString(f, privateKeyText.reveal());
    }

    @Override
    public void remove(String server) {
        Path f = file(server);
        if (!Files.exists(f)) {
            return;
        }
        fence.run();
        try {
            Files.deleteIfExists(f);
        } catch (IOException e) {
            throw new CloudmakerException("could not delete the host key " + f + ": " + e.getMessage(), e);
        }
    }

    /** hostkeys/ and hostkeys/NAMESPACE/ owner-only: not even the servers' names are others' to list. */
    private void privateDir() {
        try {
            for (Path d : List.of(dir.getParent(), dir)) {
                Files.createDirectories(d);
                if (d.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                    Files.setPosixFilePermissions(d, PosixFilePermissions.fromString("rwx------"));
                }
            }
        } catch (IOException e) {
            throw new CloudmakerException("could not make the host key folder " + dir + ": " + e.getMessage(), e);
        }
    }

    private Path file(String server) {
        return dir.resolve(ServerNames.require(server) + ".key");
    }
}
