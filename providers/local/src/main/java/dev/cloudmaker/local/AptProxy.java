package dev.cloudmaker.local;

import dev.cloudmaker.core.io.AtomicFiles;
import dev.cloudmaker.core.time.Waiter;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * An apt-cacher-ng of cloudmaker's own, bound to the bridge address only, with a private config whose
 * Debian backend is the host's configured mirror, so machines without NAT install packages through the
 * host, and eight machines installing the same packages download them once.
 */
final class AptProxy {
    static final int PORT = 3142;
    private static final Duration START_TIMEOUT = Duration.ofSeconds(20);

    private final Path dir;
    private final String address;

    AptProxy(Path dir, String address) {
        this.dir = dir;
        this.address = address;
    }

    /** What machines put in apt's config. */
    String url() {
        return "http://" + address + ":" + PORT;
    }

    void ensure() {
        if (runningPid().isPresent()) {
            return;
        }
        try {
            writeConfig();
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new LocalHostException("could not write the apt proxy's config in " + dir + ": " + e.getMessage(), e);
        }
        HostCommand.check(Duration.ofSeconds(20), "apt-cacher-ng", "-c", dir.resolve("conf").toString(), "ForeGround=0");
        Waiter.waitingFor("the apt proxy on " + url() + " to listen", START_TIMEOUT)
                .polling(Duration.ofMillis(50), Duration.ofMillis(300))
                .until(this::listening, up -> up, up -> "not listening");
    }

    void stop() {
        Optional<MachineProcess> p = runningPid();
        p.flatMap(MachineProcess::handle).ifPresent(ProcessHandle::destroy);
        p.ifPresent(proc -> Waiter.waitingFor("the apt proxy to stop", Duration.ofSeconds(10))
                .polling(Duration.ofMillis(50), Duration.ofMillis(300))
                .until(proc::alive, alive -> !alive, alive -> "still running"));
        try {
            Files.deleteIfExists(dir.resolve("pid"));
        } catch (IOException ignored) {
            // a stale pid file is checked against the process's start time before use
        }
    }

    private Optional<MachineProcess> runningPid() {
        try {
            Path pidFile = dir.resolve("pid");
            if (!Files.exists(pidFile)) {
                return Optional.empty();
            }
            MachineProcess p = MachineProcess.of(Long.parseLong(Files.readString(pidFile).strip()));
            boolean ours = p.alive() && Files.readString(Path.of("/proc/" + p.pid() + "/cmdline")).contains(dir.toString());
            return ours ? Optional.of(p) : Optional.empty();
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private boolean listening() {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress(address, PORT), 200);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private void writeConfig() throws IOException {
        Path conf = dir.resolve("conf");
        Files.createDirectories(conf);
        Files.createDirectories(dir.resolve("cache"));
        Files.createDirectories(dir.resolve("log"));
        AtomicFiles.writeString(conf.resolve("acng.conf"), String.join("\n",
                "CacheDir: " + dir.resolve("cache"),
                "LogDir: " + dir.resolve("log"),
                "SupportDir: /usr/lib/apt-cacher-ng",
                "Port: " + PORT,
                "BindAddress: " + address,
                "PidFile: " + dir.resolve("pid"),
                "Remap-debrep: file:deb_mirror*.gz /debian ; file:backends_debian",
                "Remap-secdeb: security.debian.org security.debian.org/debian-security deb.debian.org/debian-security"
                        + " /debian-security ; deb.debian.org/debian-security",
                "ExThreshold: 4", ""));
        AtomicFiles.writeString(conf.resolve("backends_debian"), HostMirror.configured() + "/\n");
    }
}
