package dev.cloudmaker.core.state;

import dev.cloudmaker.core.CloudmakerException;
import dev.cloudmaker.core.Secret;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Copies a definition folder's lock-free state (journals, host keys, pins, run history) into another store,
 * once: {@code backend push}. Run under both locks, so neither side changes meanwhile. Host private keys
 * are copied only when the target may keep them ({@code withHostKeys}: a shared store with a key to seal them).
 *
 * @param journalEntries pending creates copied, over all namespaces
 */
public record StatePush(int journalEntries, int hostKeys, int pins, int runs) {
    private static final Pattern JOURNAL = Pattern.compile("journal-(.+)\\.json");
    private static final Pattern BRACKETED = Pattern.compile("\\[(.+)]:(\\d+)");

    public static StatePush copy(FileStateStore from, StateStore to, boolean withHostKeys) {
        Path stateDir = from.workspace().stateDir();
        int journal = 0;
        for (String ns : namespaces(stateDir)) {
            Map<String, PendingCreate> pending = from.journal(ns).pendingCreates();
            for (Map.Entry<String, PendingCreate> e : pending.entrySet()) {
                Map<String, String> one = new LinkedHashMap<>();
                one.put(e.getKey(), e.getValue().launch());
                to.journal(ns).creating(one, e.getValue().provider(), e.getValue().sentAt());
                journal++;
            }
        }
        int keys = 0;
        if (withHostKeys) {
            for (Path key : files(stateDir.resolve("hostkeys"), 2)) {
                String ns = key.getParent().getFileName().toString();
                String server = key.getFileName().toString().replaceFirst("\\.key$", "");
                Secret text = from.hostKeys(ns).load(server).orElseThrow();
                to.hostKeys(ns).store(server, text);
                keys++;
            }
        }
        int pins = 0;
        KnownHostsFile known = from.pins();
        for (String server : pinnedServers(known.file())) {
            HostKeyPin pin = known.lookup(server).orElse(null);
            if (pin != null) {
                List<String> addresses = new ArrayList<>();
                int port = 22;
                for (String pattern : pin.hostPatterns().subList(1, pin.hostPatterns().size())) {
                    Matcher m = BRACKETED.matcher(pattern);
                    if (m.matches()) {
                        addresses.add(m.group(1));
                        port = Integer.parseInt(m.group(2));
                    } else {
                        addresses.add(pattern);
                    }
                }
                to.pins().pin(server, addresses, port, pin.key());
                pins++;
            }
        }
        List<RunRecord> runs = from.runs().recent(FileRunHistory.MAX_RUNS).reversed();
        runs.forEach(to.runs()::record);
        return new StatePush(journal, keys, pins, runs.size());
    }

    private static List<String> namespaces(Path stateDir) {
        return files(stateDir, 1).stream().map(p -> JOURNAL.matcher(p.getFileName().toString()))
                .filter(Matcher::matches).map(m -> m.group(1)).sorted().toList();
    }

    private static List<String> pinnedServers(Path knownHosts) {
        if (!Files.exists(knownHosts)) {
            return List.of();
        }
        try {
            return Files.readAllLines(knownHosts).stream().map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#") && !l.startsWith("@"))
                    .map(l -> l.split("\\s+", 2)[0].split(",", 2)[0])
                    .filter(n -> n.matches("[A-Za-z0-9][A-Za-z0-9._-]*")).distinct().toList();
        } catch (IOException e) {
            throw new CloudmakerException("could not read " + knownHosts + ": " + e.getMessage(), e);
        }
    }

    private static List<Path> files(Path dir, int depth) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> all = Files.walk(dir, depth)) {
            return all.filter(Files::isRegularFile).filter(p -> depth == 1 || p.toString().endsWith(".key"))
                    .sorted(Comparator.naturalOrder()).toList();
        } catch (IOException e) {
            throw new CloudmakerException("could not list " + dir + ": " + e.getMessage(), e);
        }
    }
}
