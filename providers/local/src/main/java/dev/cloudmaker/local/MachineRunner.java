package dev.cloudmaker.local;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * Boots and halts one machine: the overlay of its writable layer on the image it was made on, its
 * cgroups and its nspawn process. A halted machine holds nothing on the host but its folder. Callers
 * hold the store's lock and save the record this returns.
 */
final class MachineRunner {
    private static final Duration MOUNT_TIMEOUT = Duration.ofSeconds(30);

    private final NspawnHost nspawn;
    private final MachineStore store;

    MachineRunner(NspawnHost nspawn, MachineStore store) {
        this.nspawn = nspawn;
        this.store = store;
    }

    Path root(MachineRecord m) {
        return store.folder(m.id()).resolve("root");
    }

    Path upper(MachineRecord m) {
        return store.folder(m.id()).resolve("upper");
    }

    /** Mounts the machine's overlay on its recorded image folder (not the image's current version); made on first use. */
    void mount(MachineRecord m) {
        Path folder = store.folder(m.id());
        Path root = root(m);
        if (Mounts.read().isMountPoint(root)) {
            return;
        }
        if (m.imageRoot() == null) {
            throw new LocalHostException("the machine " + m.name() + " (" + m.id() + ") does not record which image folder it was"
                    + " made on (it is older than versioned images) and its overlay is not mounted any more, so it cannot be"
                    + " started again; delete it and create it anew");
        }
        try {
            if (!Files.isDirectory(upper(m))) {
                Path upper = Files.createDirectories(upper(m));
                // the machine's root (UID_BASE on the host) owns its root folder
                Files.setAttribute(upper, "unix:uid", (int) NspawnHost.UID_BASE);
                Files.setAttribute(upper, "unix:gid", (int) NspawnHost.UID_BASE);
            }
            Files.createDirectories(folder.resolve("work"));
            Files.createDirectories(root);
        } catch (IOException e) {
            throw new LocalHostException("could not make the folders of the machine " + m.name() + " in " + folder + ": " + e.getMessage(), e);
        }
        HostCommand.check(MOUNT_TIMEOUT, "mount", "-t", "overlay", "overlay", "-o",
                "lowerdir=" + m.imageRoot() + ",upperdir=" + upper(m) + ",workdir=" + folder.resolve("work"), root.toString());
    }

    /** Mounts the overlay if need be and starts nspawn with the recorded memory limit, bridge and (seeded) address. */
    MachineRecord boot(MachineRecord m) {
        mount(m);
        long memory = LocalCatalog.requireSize(m.size()).memoryMb() * 1024L * 1024L;
        long pid = nspawn.start(m.id(), root(m), m.bridge(), store.folder(m.id()).resolve("console.log"), memory);
        return m.withProcess(MachineProcess.of(pid));
    }

    /**
     * Whether the machine runs: its nspawn does, or processes are left in its cgroups (nspawn was
     * killed and the machine ran on without it).
     */
    boolean running(MachineRecord m) {
        return m.process().alive() || !nspawn.processesOf(m.id()).isEmpty();
    }

    /**
     * Powers the machine off (killing it after {@code grace}), unmounts its overlay and removes its
     * cgroups. Also for a machine already off: one that crashed still holds its mount and cgroups, and
     * one whose nspawn was killed still runs.
     */
    MachineRecord halt(MachineRecord m, Duration grace) {
        nspawn.stop(m.process(), grace);
        nspawn.stopLeftovers(m.id(), grace);
        MachineRecord halted = m.withoutProcess();
        Path root = root(m);
        Optional<Mounts.Entry> mount = Mounts.read().on(root);
        if (mount.isPresent()) {
            if (halted.imageRoot() == null) {
                // machines made before versioned images: learn their image folder while the mount still says it
                halted = halted.withImageRoot(mount.get().option("lowerdir").orElse(null));
            }
            HostCommand.check(MOUNT_TIMEOUT, "umount", root.toString());
        }
        nspawn.removeCgroups(m.id());
        return halted;
    }
}
