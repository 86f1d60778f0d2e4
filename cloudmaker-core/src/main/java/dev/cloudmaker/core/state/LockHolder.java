package dev.cloudmaker.core.state;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cloudmaker.core.http.Json;
import dev.cloudmaker.core.time.Durations;
import java.io.IOException;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Who holds a workspace lock, as written in the lock file: for messages, and to tell a dead holder
 * from a live one. The OS lock decides who holds it; this only describes the holder.
 *
 * @param processStart when the holder's process started (null if unknown): a pid reused by another
 *                     process has another start time
 */
public record LockHolder(String user, String host, long pid, Instant processStart, String command, Instant since) {

    /** This process, about to run {@code command}. */
    public static LockHolder current(String command, Instant now) {
        ProcessHandle self = ProcessHandle.current();
        return new LockHolder(System.getProperty("user.name", "?"), hostName(), self.pid(),
                self.info().startInstant().orElse(null), command, now);
    }

    /** The holder described by a lock file's content; empty when it is empty or unreadable (a torn write). */
    public static Optional<LockHolder> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        try {
            JsonNode n = Json.MAPPER.readTree(text);
            return Optional.of(new LockHolder(n.path("user").asText("?"), n.path("host").asText("?"),
                    n.path("pid").asLong(-1), instant(n.path("process_start")), n.path("command").asText("?"),
                    instant(n.path("since"))));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    public String toJson() {
        ObjectNode n = Json.object();
        n.put("user", user).put("host", host).put("pid", pid)
                .put("process_start", processStart == null ? null : processStart.toString())
                .put("command", command).put("since", since == null ? null : since.toString());
        return n.toString() + "\n";
    }

    public boolean onThisHost() {
        return host.equals(hostName());
    }

    /** True when the holder's process still runs here: same pid and, where known, the same start time. */
    public boolean aliveHere() {
        if (!onThisHost()) {
            return false;
        }
        return ProcessHandle.of(pid).filter(ProcessHandle::isAlive)
                .filter(p -> processStart == null || p.info().startInstant().map(processStart::equals).orElse(true))
                .isPresent();
    }

    /** Like {@code `cloudmaker provision` (pid 1234, ann@box, started 2m ago)}. */
    public String describe(Instant now) {
        Duration elapsed = since == null ? null : Duration.between(since, now).withNanos(0);
        String age = elapsed == null ? "at an unknown time"
                : elapsed.compareTo(Duration.ofSeconds(1)) < 0 ? "just now" : Durations.format(elapsed) + " ago";
        return "`" + command + "` (pid " + pid + ", " + user + "@" + host + ", started " + age + ")";
    }

    private static Instant instant(JsonNode n) {
        return n.isTextual() ? Instant.parse(n.asText()) : null;
    }

    /** The kernel's host name: no DNS look-up, which can hang on a badly configured host. */
    static String hostName() {
        try {
            Path kernel = Path.of("/proc/sys/kernel/hostname");
            if (Files.isReadable(kernel)) {
                return Files.readString(kernel).strip();
            }
            return InetAddress.getLocalHost().getHostName();
        } catch (IOException e) {
            return "unknown-host";
        }
    }
}
