package dev.cloudmaker.local;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The Debian mirror this host's apt uses, read at run time (never hard-coded): the first {@code URIs:}
 * of a deb822 sources file, or the first {@code deb} line of sources.list, whose URI ends in /debian.
 */
final class HostMirror {
    private static final String FALLBACK = "http://deb.debian.org/debian";

    private HostMirror() {
    }

    static String configured() {
        return find(Path.of("/etc/apt")).orElse(FALLBACK);
    }

    static Optional<String> find(Path aptDir) {
        List<Path> files = new ArrayList<>();
        Path list = aptDir.resolve("sources.list");
        if (Files.isRegularFile(list)) {
            files.add(list);
        }
        Path dir = aptDir.resolve("sources.list.d");
        if (Files.isDirectory(dir)) {
            try (Stream<Path> s = Files.list(dir)) {
                s.filter(p -> p.toString().endsWith(".sources") || p.toString().endsWith(".list")).sorted().forEach(files::add);
            } catch (IOException e) {
                // unreadable folder: fall through to the other files
            }
        }
        for (Path f : files) {
            Optional<String> uri = firstDebianUri(f);
            if (uri.isPresent()) {
                return uri;
            }
        }
        return Optional.empty();
    }

    private static Optional<String> firstDebianUri(Path file) {
        try {
            for (String line : Files.readAllLines(file)) {
                String l = line.strip();
                List<String> candidates = new ArrayList<>();
                if (l.startsWith("URIs:")) {
                    candidates.addAll(List.of(l.substring(5).strip().split("\\s+")));
                } else if (l.startsWith("deb ")) {
                    // deb [options] URI suite components
                    String rest = l.substring(4).strip().replaceFirst("^\\[[^]]*]\\s*", "");
                    candidates.add(rest.split("\\s+")[0]);
                }
                for (String c : candidates) {
                    String u = c.endsWith("/") ? c.substring(0, c.length() - 1) : c;
                    if (u.startsWith("http") && u.endsWith("/debian")) {
                        return Optional.of(u);
                    }
                }
            }
        } catch (IOException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }
}
