package dev.cloudmaker.core.config;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cloudmaker.core.ConfigException;
import dev.cloudmaker.core.Secret;
import dev.cloudmaker.core.model.Credentials;
import dev.cloudmaker.core.model.SshPublicKey;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Loads {@code security.json}: the DigitalOcean API token (from the file, else from the environment)
 * and the public SSH key to install. The token is wrapped in a {@link Secret} at once and no message
 * ever quotes it, or anything else from this file that could be it: wrong values are described by
 * their type and length only.
 */
public final class CredentialsLoader {
    public static final String TOKEN_KEY = "digital_ocean_api_key";
    public static final String PUBLIC_KEY_KEY = "public_ssh_key";
    public static final String PRIVATE_KEY_FILE_KEY = "private_ssh_key_file";
    /** Environment variables tried, in order, when the file has no token. */
    public static final List<String> TOKEN_ENV = List.of("DIGITALOCEAN_TOKEN", "DIGITALOCEAN_ACCESS_TOKEN");
    private static final Set<String> KNOWN = Set.of(TOKEN_KEY, PUBLIC_KEY_KEY, PRIVATE_KEY_FILE_KEY);
    private static final String EXAMPLE = "{\"" + TOKEN_KEY + "\": \"<your DigitalOcean API token>\", \""
            + PUBLIC_KEY_KEY + "\": \"ssh-ed25519 AAAA... you@host\"}";
    private static final String KEY_FIX = "paste the single line of your public key file (like ~/.ssh/id_ed25519.pub),"
            + " which starts with ssh-ed25519, ssh-rsa or ecdsa-sha2-nistp256";

    private CredentialsLoader() {
    }

    public static Credentials load(Path securityJson, Map<String, String> env) {
        return load(securityJson, env, true);
    }

    /**
     * With {@code cloudProvider} false (local machines), the file may be missing and hold no token or
     * public key: the caller then uses a key pair of the workspace's own.
     */
    public static Credentials load(Path securityJson, Map<String, String> env, boolean cloudProvider) {
        if (!cloudProvider && !Files.exists(securityJson)) {
            return new Credentials(securityJson, null, null, null);
        }
        if (!Files.exists(securityJson)) {
            throw new ConfigException(Diagnostic.ofFile(securityJson, "the file does not exist",
                    "create it with " + EXAMPLE + " and make it private with chmod 600 "
                            + securityJson.getFileName() + " (the token may come from " + TOKEN_ENV.get(0) + " instead)"));
        }
        JsonDocument doc = JsonSourceReader.read(securityJson);
        List<Diagnostic> problems = new ArrayList<>();
        doc.duplicates().forEach(d -> problems.add(Diagnostic.of(securityJson, d.at(), KNOWN.contains(d.key()) ? d.pointer() : "",
                (KNOWN.contains(d.key()) ? "\"" + d.key() + "\"" : "a key") + " is written twice (first at line " + d.first().line() + ")",
                "keep one of them")));
        doc.root().fieldNames().forEachRemaining(key -> unknownKey(doc, key, problems));
        Secret token = cloudProvider || doc.root().has(TOKEN_KEY) ? token(doc, env, problems) : null;
        SshPublicKey publicKey = cloudProvider || doc.root().has(PUBLIC_KEY_KEY) ? publicKey(doc, problems) : null;
        Path privateKey = privateKeyFile(doc, env, problems);
        if (!problems.isEmpty()) {
            throw new ConfigException(problems);
        }
        return new Credentials(securityJson, token, publicKey, privateKey);
    }

    /** A warning for each way other users can read the file; empty where POSIX permissions do not apply. */
    public static List<Diagnostic> permissionWarnings(Path securityJson) {
        try {
            if (!Files.exists(securityJson)
                    || !securityJson.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                return List.of();
            }
            Set<PosixFilePermission> perms = Files.getPosixFilePermissions(securityJson);
            if (perms.contains(PosixFilePermission.GROUP_READ) || perms.contains(PosixFilePermission.OTHERS_READ)) {
                return List.of(Diagnostic.ofFile(securityJson, "the file holds your API token and other users can read it ("
                        + PosixFilePermissions.toString(perms) + ")", "chmod 600 " + securityJson.getFileName()));
            }
            return List.of();
        } catch (IOException e) {
            return List.of();
        }
    }

    private static void unknownKey(JsonDocument doc, String key, List<Diagnostic> problems) {
        if (KNOWN.contains(key)) {
            return;
        }
        // only a near miss of a known name is quoted back: any other key could be the token pasted in the wrong place
        SourceLocation at = doc.keyOrValue("/" + SourceMap.escape(key));
        problems.add(DidYouMean.suggest(key, KNOWN)
                .map(s -> Diagnostic.of(doc.file(), at, "/" + SourceMap.escape(key), "unknown key \"" + key + "\"",
                        "did you mean \"" + s + "\"?"))
                .orElse(Diagnostic.of(doc.file(), at, "", "an unknown key (" + key.length() + " characters)",
                        "remove it; security.json holds only " + TOKEN_KEY + ", " + PUBLIC_KEY_KEY + " and " + PRIVATE_KEY_FILE_KEY)));
    }

    private static Secret token(JsonDocument doc, Map<String, String> env, List<Diagnostic> problems) {
        String pointer = "/" + TOKEN_KEY;
        JsonNode node = doc.root().get(TOKEN_KEY);
        if (node == null) {
            for (String name : TOKEN_ENV) {
                String value = env.get(name);
                if (value != null && !value.isBlank()) {
                    return Secret.of(value.strip());
                }
            }
            problems.add(Diagnostic.ofFile(doc.file(), "no DigitalOcean API token found",
                    "add \"" + TOKEN_KEY + "\": \"<token>\" to " + doc.file().getFileName()
                            + ", or set " + TOKEN_ENV.get(0) + " or " + TOKEN_ENV.get(1)));
            return null;
        }
        if (!node.isTextual()) {
            problems.add(at(doc, pointer, "the token must be a string, found " + typeOf(node),
                    "write the token in double quotes, like \"" + TOKEN_KEY + "\": \"dop_v1_...\""));
            return null;
        }
        String value = node.asText().strip();
        if (value.isEmpty()) {
            problems.add(at(doc, pointer, "the token is empty",
                    "put your token here, or remove this key and set " + TOKEN_ENV.get(0)));
            return null;
        }
        if (value.chars().anyMatch(c -> Character.isWhitespace(c) || Character.isISOControl(c))) {
            problems.add(at(doc, pointer, "the token (" + value.length() + " characters) contains spaces or line breaks",
                    "paste the token again, as one word"));
            return null;
        }
        return Secret.of(value);
    }

    /** A path, {@code ~/} meaning the home folder, else relative to security.json's folder. */
    private static Path privateKeyFile(JsonDocument doc, Map<String, String> env, List<Diagnostic> problems) {
        JsonNode node = doc.root().get(PRIVATE_KEY_FILE_KEY);
        if (node == null) {
            return null;
        }
        if (!node.isTextual() || node.asText().isBlank()) {
            problems.add(at(doc, "/" + PRIVATE_KEY_FILE_KEY, "the private key file must be a path in a string",
                    "write the path of the private key matching " + PUBLIC_KEY_KEY + ", like \"~/.ssh/id_ed25519\""));
            return null;
        }
        String p = node.asText().strip();
        String home = env.getOrDefault("HOME", System.getProperty("user.home"));
        Path base = doc.file().toAbsolutePath().getParent();
        return p.startsWith("~/") ? Path.of(home, p.substring(2)) : base.resolve(p).normalize();
    }

    private static SshPublicKey publicKey(JsonDocument doc, List<Diagnostic> problems) {
        String pointer = "/" + PUBLIC_KEY_KEY;
        JsonNode node = doc.root().get(PUBLIC_KEY_KEY);
        if (node == null) {
            problems.add(Diagnostic.of(doc.file(), doc.values().locate(""), "",
                    "the required key \"" + PUBLIC_KEY_KEY + "\" is missing",
                    "add \"" + PUBLIC_KEY_KEY + "\": \"ssh-ed25519 AAAA... you@host\"; " + KEY_FIX));
            return null;
        }
        if (!node.isTextual()) {
            problems.add(at(doc, pointer, "the public key must be a string, found " + typeOf(node), KEY_FIX));
            return null;
        }
        try {
            return SshPublicKey.parse(node.asText());
        } catch (IllegalArgumentException e) {
            problems.add(at(doc, pointer, "not an OpenSSH public key: " + redact(e.getMessage()), KEY_FIX));
            return null;
        }
    }

    /**
     * The parser quotes the key's first word when the type is unknown; that word could be the token
     * pasted here, so everything from the first to the last quote is replaced by its length.
     */
    private static String redact(String message) {
        String m = message == null ? "" : message;
        int first = m.indexOf('"');
        int last = m.lastIndexOf('"');
        if (first < 0) {
            return m;
        }
        int end = last > first ? last + 1 : m.length();
        return m.substring(0, first) + "(a word of " + Math.max(0, end - first - 2) + " characters)" + m.substring(end);
    }

    private static Diagnostic at(JsonDocument doc, String pointer, String message, String fix) {
        return Diagnostic.of(doc.file(), doc.values().locate(pointer), pointer, message, fix);
    }

    private static String typeOf(JsonNode node) {
        if (node.isNumber()) {
            return "a number";
        }
        if (node.isBoolean()) {
            return "true or false";
        }
        if (node.isArray()) {
            return "an array [...]";
        }
        return node.isObject() ? "an object {...}" : "null";
    }
}
