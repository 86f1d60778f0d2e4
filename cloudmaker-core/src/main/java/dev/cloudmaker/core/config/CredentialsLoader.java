package dev.cloudmaker.core.config;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cloudmaker.core.ConfigException;
import dev.cloudmaker.core.model.Credentials;
import dev.cloudmaker.core.model.ProviderConfig;
import dev.cloudmaker.core.model.SshPublicKey;
import dev.cloudmaker.core.spi.CredentialField;
import dev.cloudmaker.core.spi.ProviderCredentials;
import dev.cloudmaker.core.spi.ProviderFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Loads {@code security.json}: each declared provider's credentials (the fields its type declares, from
 * the provider's section under {@code "providers"}, else a top-level key its type declares, else the
 * environment), and the public SSH key to install. Credentials are wrapped in a {@code Secret} at once and
 * no message ever quotes anything from this file that could be one: wrong values are described by their
 * type and length only.
 */
public final class CredentialsLoader {
    public static final String PUBLIC_KEY_KEY = "public_ssh_key";
    public static final String PRIVATE_KEY_FILE_KEY = "private_ssh_key_file";
    public static final String PROVIDERS_KEY = "providers";
    /** The shared state backend's password, and the key host keys are sealed with before they go there (see {@link BackendSecrets}). */
    public static final String BACKEND_PASSWORD_KEY = "backend_password";
    public static final String STATE_KEY_KEY = "state_key";
    private static final String KEY_FIX = "paste the single line of your public key file (like ~/.ssh/id_ed25519.pub),"
            + " which starts with ssh-ed25519, ssh-rsa or ecdsa-sha2-nistp256";

    private CredentialsLoader() {
    }

    /**
     * For a definition: the file must exist and name the public key when a provider needs an account; with
     * none (local machines only) it may be missing, and the caller then uses a key pair of the workspace's own.
     */
    public static Credentials load(Path securityJson, Map<String, ProviderConfig> providers,
                                   Collection<ProviderFactory> installed, Map<String, String> env) {
        return read(securityJson, new ProviderFields(providers, installed, env), true);
    }

    /** For API calls without a definition (catalogue commands): a missing file is fine when the environment has the credentials. */
    public static Credentials loadForApi(Path securityJson, Map<String, ProviderConfig> providers,
                                         Collection<ProviderFactory> installed, Map<String, String> env) {
        return read(securityJson, new ProviderFields(providers, installed, env), false);
    }

    private static Credentials read(Path securityJson, ProviderFields fields, boolean forDefinition) {
        if (!Files.exists(securityJson)) {
            if (forDefinition && fields.needsAccount()) {
                throw new ConfigException(Diagnostic.ofFile(securityJson, "the file does not exist",
                        "create it with " + fields.example(PUBLIC_KEY_KEY) + " and make it private with chmod 600 "
                                + securityJson.getFileName() + fields.environmentHint()));
            }
            List<Diagnostic> problems = new ArrayList<>();
            Map<String, ProviderCredentials> credentials = fields.fromEnvironment(securityJson, problems);
            if (!problems.isEmpty()) {
                throw new ConfigException(problems);
            }
            return new Credentials(securityJson, credentials, null, null);
        }
        JsonDocument doc = JsonSourceReader.read(securityJson);
        List<Diagnostic> problems = new ArrayList<>();
        Set<String> known = new LinkedHashSet<>(List.of(PUBLIC_KEY_KEY, PRIVATE_KEY_FILE_KEY, PROVIDERS_KEY, BACKEND_PASSWORD_KEY, STATE_KEY_KEY));
        known.addAll(fields.topLevelKeys());
        doc.duplicates().forEach(d -> problems.add(Diagnostic.of(securityJson, d.at(), known.contains(d.key()) ? d.pointer() : "",
                (known.contains(d.key()) ? "\"" + d.key() + "\"" : "a key") + " is written twice (first at line " + d.first().line() + ")",
                "keep one of them")));
        doc.root().fieldNames().forEachRemaining(key -> unknownKey(doc, key, known, problems));
        Map<String, ProviderCredentials> credentials = fields.fromFile(doc, problems);
        boolean needKey = forDefinition && fields.needsAccount();
        SshPublicKey publicKey = needKey || doc.root().has(PUBLIC_KEY_KEY) ? publicKey(doc, problems) : null;
        Path privateKey = privateKeyFile(doc, fields.env(), problems);
        if (!problems.isEmpty()) {
            throw new ConfigException(problems);
        }
        return new Credentials(securityJson, credentials, publicKey, privateKey);
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
                return List.of(Diagnostic.ofFile(securityJson, "the file holds your credentials and other users can read it ("
                        + PosixFilePermissions.toString(perms) + ")", "chmod 600 " + securityJson.getFileName()));
            }
            return List.of();
        } catch (IOException e) {
            return List.of();
        }
    }

    /** Only a near miss of a known name is quoted back: any other key could be a credential pasted in the wrong place. */
    static void unknownKey(JsonDocument doc, String pointerBase, String key, Set<String> known, List<Diagnostic> problems) {
        if (known.contains(key)) {
            return;
        }
        String pointer = pointerBase + "/" + SourceMap.escape(key);
        SourceLocation at = doc.keyOrValue(pointer);
        problems.add(DidYouMean.suggest(key, known)
                .map(s -> Diagnostic.of(doc.file(), at, pointer, "unknown key \"" + key + "\"", "did you mean \"" + s + "\"?"))
                .orElse(Diagnostic.of(doc.file(), at, pointerBase, "an unknown key (" + key.length() + " characters)",
                        "remove it; " + (pointerBase.isEmpty() ? "security.json" : "this section") + " holds only "
                                + String.join(", ", known))));
    }

    private static void unknownKey(JsonDocument doc, String key, Set<String> known, List<Diagnostic> problems) {
        unknownKey(doc, "", key, known, problems);
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
     * The parser quotes the key's first word when the type is unknown; that word could be a token
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

    static Diagnostic at(JsonDocument doc, String pointer, String message, String fix) {
        return Diagnostic.of(doc.file(), doc.values().locate(pointer), pointer, message, fix);
    }

    static String typeOf(JsonNode node) {
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

    /** Field values of one provider as found, for {@link ProviderFields}. */
    static Map<String, CredentialField> byName(List<CredentialField> fields) {
        Map<String, CredentialField> out = new LinkedHashMap<>();
        fields.forEach(f -> out.put(f.name(), f));
        return out;
    }
}
