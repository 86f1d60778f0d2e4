package dev.cloudmaker.local;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** This host's mount table, from /proc/self/mounts. */
record Mounts(List<Entry> entries) {
    record Entry(String source, Path target, String fsType) {
    }

    static Mounts read() {
        try {
            return new Mounts(Files.readAllLines(Path.of("/proc/self/mounts")).stream()
                    .map(l -> l.split(" "))
                    .filter(f -> f.length >= 3)
                    .map(f -> new Entry(unescape(f[0]), Path.of(unescape(f[1])), f[2]))
                    .toList());
        } catch (IOException e) {
            throw new LocalHostException("could not read /proc/self/mounts: " + e.getMessage(), e);
        }
    }

    /** The mount a path lives on: the last-mounted entry whose target is the longest prefix of the path. */
    Entry at(Path path) {
        Entry best = null;
        for (Entry e : entries) {
            if (path.startsWith(e.target()) && (best == null || e.target().getNameCount() >= best.target().getNameCount())) {
                best = e;
            }
        }
        return best == null ? new Entry("", Path.of("/"), "") : best;
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

    /** /proc/self/mounts writes spaces and such as octal escapes. */
    private static String unescape(String s) {
        return s.replace("\\040", " ").replace("\\011", "\t").replace("\\012", "\n").replace("\\134", "\\");
    }
}
