package dev.cloudmaker.local;

import dev.cloudmaker.core.time.Waiter;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Runs machines with {@code systemd-nspawn --boot}, and copes with hosts where nspawn needs care: no
 * systemd as PID 1 and no D-Bus ({@code --register=no --keep-unit}), {@code /run} not a tmpfs (a tmpfs
 * of our own on /run/systemd/nspawn), and hybrid cgroups (the launcher moves itself into a cgroup of
 * its own in every hierarchy before exec'ing nspawn, or the container's systemd cannot create its
 * init.scope). All machines share one user-namespace range, so one ownership shift of an image serves
 * every overlay clone of it.
 */
final class NspawnHost {
    static final long UID_BASE = 0x70000000L;
    static final long UID_RANGE = 65536;
    private static final Path NSPAWN_RUN = Path.of("/run/systemd/nspawn");
    private static final String OUR_TMPFS = "cloudmaker-nspawn";
    private static final Path CGROUP = Path.of("/sys/fs/cgroup");
    /** What nspawn sends a --boot machine's systemd for an orderly shutdown. */
    private static final String HALT_SIGNAL = "RTMIN+3";

    /** Mounts our tmpfs on /run/systemd/nspawn when /run is not a tmpfs (nspawn refuses to clean up otherwise). */
    void prepare() {
        Mounts mounts = Mounts.read();
        if (mounts.fsTypeOf(NSPAWN_RUN).equals("tmpfs")) {
            return;
        }
        try {
            Files.createDirectories(NSPAWN_RUN);
        } catch (IOException e) {
            throw new LocalHostException("could not create " + NSPAWN_RUN + ": " + e.getMessage(), e);
        }
        HostCommand.check(Duration.ofSeconds(10), "mount", "-t", "tmpfs", "-o", "mode=755", OUR_TMPFS, NSPAWN_RUN.toString());
    }

    /** Unmounts our tmpfs again once no machine uses it. */
    void release() {
        if (Mounts.read().sourceAt(NSPAWN_RUN).equals(OUR_TMPFS)) {
            HostCommand.run(Duration.ofSeconds(10), "umount", NSPAWN_RUN.toString());
        }
    }

    /** Shifts a root folder's owners into the machines' user-namespace range, once per image. */
    void shiftOwnership(Path root) {
        prepare();
        HostCommand.check(Duration.ofMinutes(5), "systemd-nspawn", "--register=no", "--keep-unit", "--quiet",
                "-D", root.toString(), "--private-users=" + UID_BASE + ":" + UID_RANGE, "--private-users-ownership=chown",
                "/bin/true");
    }

    /** Starts a machine detached from this process (its own session), console to a file; returns its PID. */
    long start(String machine, Path root, String bridge, Path console, long memoryBytes) {
        prepare();
        List<Path> cgroups = createCgroups(machine, memoryBytes);
        List<String> argv = new ArrayList<>(List.of("setsid", "sh", "-c",
                "for d in $CLOUDMAKER_CGROUPS; do echo $$ > \"$d/cgroup.procs\" || exit 97; done; exec \"$@\"",
                "cloudmaker-launch",
                "systemd-nspawn", "--register=no", "--keep-unit", "--quiet", "--boot",
                "-D", root.toString(), "--machine=" + machine, "--hostname=" + machine,
                "--private-users=" + UID_BASE + ":" + UID_RANGE, "--private-users-ownership=off",
                "--network-bridge=" + bridge));
        ProcessBuilder pb = new ProcessBuilder(argv)
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
                .redirectOutput(ProcessBuilder.Redirect.appendTo(console.toFile()))
                .redirectErrorStream(true);
        pb.environment().put("CLOUDMAKER_CGROUPS", String.join(" ", cgroups.stream().map(Path::toString).toList()));
        try {
            return pb.start().pid();
        } catch (IOException e) {
            throw new LocalHostException("could not start systemd-nspawn for " + machine + ": " + e.getMessage(), e);
        }
    }

    /**
     * Powers a machine off cleanly, killing it if it does not stop within {@code grace}. SIGTERM makes
     * nspawn ask the container's systemd to halt, but a systemd still booting has no handler yet and
     * never sees it (signals without a handler do not reach a namespace's init from outside), and a
     * second SIGTERM makes nspawn kill the machine; so the halt signal also goes straight to the
     * machine's init, again at every poll, until it is handled.
     */
    void stop(MachineProcess process, Duration grace) {
        Optional<ProcessHandle> handle = process.handle();
        if (handle.isEmpty()) {
            return;
        }
        handle.get().destroy();
        try {
            Waiter.waitingFor("machine process " + process.pid() + " to power off", grace)
                    .polling(Duration.ofMillis(200), Duration.ofSeconds(1))
                    .until(() -> {
                        containerInit(process).ifPresent(init -> HostCommand.run(Duration.ofSeconds(5), "kill", "-s", HALT_SIGNAL,
                                Long.toString(init.pid())));
                        return process.alive();
                    }, alive -> !alive, alive -> "still running");
        } catch (dev.cloudmaker.core.WaitTimeoutException e) {
            // killing the namespace's init kills every process in the machine; nspawn then exits by itself
            containerInit(process).ifPresent(ProcessHandle::destroyForcibly);
            try {
                waitGone(process, "to exit after its machine was killed");
            } catch (dev.cloudmaker.core.WaitTimeoutException stuck) {
                handle.get().destroyForcibly();
                waitGone(process, "to be killed");
            }
        }
    }

    /**
     * The processes still in a machine's cgroups. A machine runs on after its nspawn is killed (its
     * init is re-parented, not stopped), so these, not nspawn's PID alone, say whether it still runs.
     */
    Set<Long> processesOf(String machine) {
        Set<Long> pids = new TreeSet<>();
        for (Path dir : cgroupDirs(machine)) {
            if (!Files.isDirectory(dir)) {
                continue;
            }
            try (Stream<Path> tree = Files.walk(dir)) {
                for (Path procs : tree.filter(p -> p.getFileName().toString().equals("cgroup.procs")).toList()) {
                    readPids(procs, pids);
                }
            } catch (IOException | java.io.UncheckedIOException e) {
                // the machine's systemd removed a cgroup while we walked: its processes moved or are gone
            }
        }
        return pids;
    }

    /**
     * Halts what is left of a machine whose nspawn is gone: its init is asked to halt as nspawn would
     * ask it, and whatever is still there after {@code grace} is killed.
     */
    void stopLeftovers(String machine, Duration grace) {
        if (processesOf(machine).isEmpty()) {
            return;
        }
        try {
            Waiter.waitingFor("what is left of the machine " + machine + " to power off", grace)
                    .polling(Duration.ofMillis(200), Duration.ofSeconds(1))
                    .until(() -> {
                        Set<Long> left = processesOf(machine);
                        left.stream().filter(NspawnHost::isNamespaceInit).forEach(init ->
                                HostCommand.run(Duration.ofSeconds(5), "kill", "-s", HALT_SIGNAL, Long.toString(init)));
                        return left;
                    }, Set::isEmpty, left -> left.size() + " processes left");
        } catch (dev.cloudmaker.core.WaitTimeoutException e) {
            processesOf(machine).forEach(pid -> ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly));
            Waiter.waitingFor("what is left of the machine " + machine + " to be killed", Duration.ofSeconds(10))
                    .polling(Duration.ofMillis(50), Duration.ofMillis(500))
                    .until(() -> processesOf(machine), Set::isEmpty, left -> left.size() + " processes left");
        }
    }

    private static void readPids(Path procs, Set<Long> into) {
        try {
            for (String line : Files.readAllLines(procs)) {
                if (!line.isBlank()) {
                    into.add(Long.parseLong(line.strip()));
                }
            }
        } catch (IOException | NumberFormatException e) {
            // gone meanwhile
        }
    }

    private static void waitGone(MachineProcess process, String what) {
        Waiter.waitingFor("machine process " + process.pid() + " " + what, Duration.ofSeconds(10))
                .polling(Duration.ofMillis(50), Duration.ofMillis(200))
                .until(process::alive, alive -> !alive, alive -> "still running");
    }

    /** The machine's init as this host sees it: the child of nspawn that is PID 1 in its own namespace. */
    static Optional<ProcessHandle> containerInit(MachineProcess nspawn) {
        return nspawn.handle().stream().flatMap(ProcessHandle::children)
                .filter(child -> isNamespaceInit(child.pid()))
                .findFirst();
    }

    /** The last field of NSpid is the PID inside the process's own namespace. */
    private static boolean isNamespaceInit(long pid) {
        try {
            return Files.readAllLines(Path.of("/proc/" + pid + "/status")).stream()
                    .filter(l -> l.startsWith("NSpid:"))
                    .anyMatch(l -> l.endsWith("\t1") && l.split("\\s+").length > 2);
        } catch (IOException e) {
            return false;
        }
    }

    /** Removes the machine's cgroups (and those its systemd made inside them) once it has stopped. */
    void removeCgroups(String machine) {
        for (Path dir : cgroupDirs(machine)) {
            if (!Files.isDirectory(dir)) {
                continue;
            }
            try (Stream<Path> tree = Files.walk(dir)) {
                // deepest first; cgroup folders are removed with rmdir, never by deleting their files
                for (Path d : tree.filter(Files::isDirectory).sorted(Comparator.reverseOrder()).toList()) {
                    HostCommand.run(Duration.ofSeconds(5), "rmdir", d.toString());
                }
            } catch (IOException e) {
                throw new LocalHostException("could not remove the cgroup " + dir + ": " + e.getMessage(), e);
            }
        }
    }

    /** Sets a running machine's memory limit where this host has a memory controller; false where it has none. */
    boolean limitMemory(String machine, long bytes) {
        Path v1 = CGROUP.resolve("memory/cloudmaker").resolve(machine).resolve("memory.limit_in_bytes");
        Path v2 = CGROUP.resolve("cloudmaker").resolve(machine).resolve("memory.max");
        for (Path knob : List.of(v1, v2)) {
            if (Files.exists(knob)) {
                try {
                    Files.writeString(knob, Long.toString(bytes));
                    return true;
                } catch (IOException e) {
                    return false;
                }
            }
        }
        return false;
    }

    private List<Path> createCgroups(String machine, long memoryBytes) {
        List<Path> dirs = cgroupDirs(machine);
        for (Path d : dirs) {
            try {
                Files.createDirectories(d);
            } catch (IOException e) {
                throw new LocalHostException("could not create the cgroup " + d + ": " + e.getMessage(), e);
            }
        }
        limitMemory(machine, memoryBytes);
        return dirs;
    }

    /** One folder per hierarchy nspawn and the container's systemd care about: name=systemd and unified, or pure v2. */
    private static List<Path> cgroupDirs(String machine) {
        List<Path> out = new ArrayList<>();
        if (Files.exists(CGROUP.resolve("cgroup.controllers"))) {
            out.add(CGROUP.resolve("cloudmaker").resolve(machine));
            return out;
        }
        for (String h : List.of("systemd", "unified", "memory")) {
            if (Files.isDirectory(CGROUP.resolve(h))) {
                out.add(CGROUP.resolve(h).resolve("cloudmaker").resolve(machine));
            }
        }
        return out;
    }
}
