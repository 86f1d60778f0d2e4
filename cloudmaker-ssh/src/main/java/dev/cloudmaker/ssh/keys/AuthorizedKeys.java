package dev.cloudmaker.ssh.keys;

import dev.cloudmaker.core.model.SshPublicKey;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The authorized_keys content a server should have: a header saying who writes it, then one line per
 * key, the login key first. A key is known by its type and data, so the same key with another comment
 * counts once.
 */
public final class AuthorizedKeys {
    // a key anywhere on a line, after options like from="..." if there are any
    private static final Pattern KEY = Pattern.compile("(?:^|\\s)((?:ssh-|ecdsa-|sk-)\\S+\\s+[A-Za-z0-9+/]+=*)(?:\\s|$)");

    private final String content;
    private final Set<String> keys;

    private AuthorizedKeys(String content, Set<String> keys) {
        this.content = content;
        this.keys = keys;
    }

    /**
     * @param loginKey the key cloudmaker logs in with: always first, so a sync can never lock cloudmaker out
     * @param others   further keys; one equal to the login key or to an earlier one is left out
     */
    public static AuthorizedKeys of(String namespace, SshPublicKey loginKey, List<SshPublicKey> others) {
        Map<String, SshPublicKey> unique = new LinkedHashMap<>();
        unique.put(identity(loginKey), loginKey);
        others.forEach(k -> unique.putIfAbsent(identity(k), k));
        StringBuilder b = new StringBuilder("# Written by `cloudmaker keys sync` for namespace ").append(namespace)
                .append(": the definition's key, then the namespace's keys. The next sync undoes edits made here.\n");
        unique.values().forEach(k -> b.append(k.line()).append('\n'));
        return new AuthorizedKeys(b.toString(), new LinkedHashSet<>(unique.keySet()));
    }

    public String content() {
        return content;
    }

    /** How many keys the file holds, the login key included. */
    public int keyCount() {
        return keys.size();
    }

    /** The keys in an authorized_keys file as found on a server; comments, blank and unreadable lines count for nothing. */
    public static Set<String> keysIn(String fileContent) {
        Set<String> found = new LinkedHashSet<>();
        for (String line : fileContent.lines().map(String::strip).toList()) {
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            Matcher m = KEY.matcher(line);
            if (m.find()) {
                found.add(m.group(1).replaceAll("\\s+", " "));
            }
        }
        return found;
    }

    /** The keys the file gains ({@code added}) and loses ({@code removed}) when this replaces {@code current}. */
    public Change changeFrom(String current) {
        Set<String> before = keysIn(current);
        List<String> added = new ArrayList<>(keys);
        added.removeAll(before);
        List<String> removed = new ArrayList<>(before);
        removed.removeAll(keys);
        return new Change(!current.equals(content), added.size(), removed.size());
    }

    /** {@code rewrite}: the file differs from what it should be (keys, comments or order). */
    public record Change(boolean rewrite, int added, int removed) {
    }

    private static String identity(SshPublicKey key) {
        return key.type() + " " + key.base64();
    }
}
