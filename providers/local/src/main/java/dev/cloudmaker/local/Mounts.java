package dev.cloudmaker.local;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** This host's mount table, from /proc/self/mounts. */
record Mounts(List<Entry> entries) {
    record Entry(String source, Path target, String fsType, String options) {
        /** The value of one {@code key=value} mount option, e.g. an overlay's {@code lowerdir}. */
        Optional<String> option(String key) {
            for (String o : options.split(",")) {
                if (o.startsWith(key + "=")) {
                    return Optional.of(unescape(o.substring(key.length() + 1)));
                }
            }
            return Optional.empty();
        }
    }

    static Mounts read() {
        try {
            return parse(Files.readAllLines(Path.of("/proc/self/mounts")));
        } catch (IOException e) {
            throw new LocalHostException("could not read /proc/self/mounts: " + e.getMessage(), e);
        }
    }

    /** Lines of /proc/self/mounts: source, target, type, options, two numbers. */
    static Mounts parse(List<String> lines) {
        return new Mounts(lines.stream()
                .map(l -> l.split(" "))
                .filter(f -> f.length >= 4)
                .map(f -> new Entry(unescape(f[0]), Path.of(unescape(f[1])), f[2], f[3]))
                .toList());
    }

    /** The mount a path lives on: the last-mounted entry whose target is the longest prefix of the path. */
    Entry at(Path path) {
        Entry best = null;
        for (Entry e : entries) {
            if (path.startsWith(e.target()) && (best == null || e.target().getNameCount() >= best.target().getNameCount())) {
                best = e;
            }
        }
        return best == null ? new Entry("", Path.of("/"), "", "") : best;
    }

    String fsTypeOf(Path path) {
        return at(path).fsType();
    }

    String sourceAt(Path path) {
        Entry e = at(path);
        return e.target().equals(path) ? e.source() : "";
    }

    boolean isMountPoint(Path path) {
        return entries.stream().anyMatch(e -> e.target().equals(path));
    }

    /** The last mount on exactly this path, if any. */
    Optional<Entry> on(Path path) {
        Entry found = null;
        for (Entry e : entries) {
            if (e.target().equals(path)) {
                found = e;
            }
        }
        return Optional.ofNullable(found);
    }

    /** /proc/self/mounts writes spaces and such as octal escapes. */
    private static String unescape(String s) {
        return s.replace("\\040", " ").replace("\\011", "\t").replace("\\012", "\n").replace("\\134", "\\");
    }
}
