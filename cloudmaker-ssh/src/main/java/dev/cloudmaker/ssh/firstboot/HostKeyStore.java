package dev.cloudmaker.ssh.firstboot;

import dev.cloudmaker.core.Secret;
import dev.cloudmaker.core.io.AtomicFiles;
import dev.cloudmaker.ssh.HostKeyPair;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The host keys cloudmaker generated for a namespace's servers, one private-key file per server name
 * under {@code .cloudmaker/hostkeys/<namespace>/} (mode 0600, in the user's own workspace). A server
 * keeps its key across create retries, so a create whose answer was lost and that is found later
 * still has the key pinned for it; destroying the server forgets the key.
 */
public final class HostKeyStore {
    private final Path dir;

    public HostKeyStore(Path stateDir, String namespace) {
        this.dir = stateDir.resolve("hostkeys").resolve(namespace);
    }

    public Optional<HostKeyPair> find(String server) {
        Path f = file(server);
        if (!Files.exists(f)) {
            return Optional.empty();
        }
        try {
            return Optional.of(HostKeyPair.fromPrivateKeyText(Secret.of(Files.readString(f))));
        } catch (IOException e) {
            throw new dev.cloudmaker.core.CloudmakerException("could not read the host key " + f + ": " + e.getMessage(), e);
        }
    }

    /** The server's key, generated and saved on first use. */
    public synchronized HostKeyPair forServer(String server) {
        return find(server).orElseGet(() -> {
            HostKeyPair pair = HostKeyPair.generate();
            privateDir();
            // AtomicFiles writes through a fresh temp file, which is created owner-only (0600)
            AtomicFiles.writeString(file(server), pair.privateKeyText().reveal());
            return pair;
        });
    }

    public void forget(String server) {
        try {
            Files.deleteIfExists(file(server));
        } catch (IOException e) {
            throw new dev.cloudmaker.core.CloudmakerException("could not delete the host key " + file(server) + ": " + e.getMessage(), e);
        }
    }

    /** hostkeys/ and hostkeys/NAMESPACE/ owner-only: not even the servers' names are others' to list. */
    private void privateDir() {
        try {
            for (Path d : java.util.List.of(dir.getParent(), dir)) {
                Files.createDirectories(d);
                if (d.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                    Files.setPosixFilePermissions(d, java.nio.file.attribute.PosixFilePermissions.fromString("rwx------"));
                }
            }
        } catch (IOException e) {
            throw new dev.cloudmaker.core.CloudmakerException("could not make the host key folder " + dir + ": " + e.getMessage(), e);
        }
    }

    private Path file(String server) {
        return dir.resolve(server + ".key");
    }
}
