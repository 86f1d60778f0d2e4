package dev.cloudmaker.openstack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.cloudmaker.core.CloudmakerException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The {@code clouds.yaml} openstacksdk and the openstack CLI read: {@code OS_CLIENT_CONFIG_FILE}, else the first of
 * {@code clouds.yaml}, {@code clouds.yml} and {@code clouds.json} in the working folder, {@code ~/.config/openstack}
 * and {@code /etc/openstack}. A {@code secure.yaml} beside it (where people keep passwords) is merged over it.
 * A cloud's settings come back flat, the way the SDK's keys are named: {@code auth_url}, {@code username},
 * {@code region_name}, ...
 */
record CloudsYaml(Path file, JsonNode clouds, JsonNode secure) {
    static final String FILE_VARIABLE = "OS_CLIENT_CONFIG_FILE";
    private static final List<String> NAMES = List.of("clouds.yaml", "clouds.yml", "clouds.json");
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    /** The folders searched, in the SDK's order, for the given working folder, home and environment. */
    static List<Path> searchPath(Path workingDir, Path home) {
        return List.of(workingDir, home.resolve(".config/openstack"), Path.of("/etc/openstack"));
    }

    /** The file the environment names, else the first found on {@code searchPath}; empty when there is none. */
    static Optional<CloudsYaml> find(Map<String, String> env, List<Path> searchPath) {
        String named = env.get(FILE_VARIABLE);
        if (named != null && !named.isBlank()) {
            Path file = Path.of(named);
            if (!Files.isRegularFile(file)) {
                throw new CloudmakerException(FILE_VARIABLE + " names " + file + ", which is not a file; point it at your "
                        + "clouds.yaml or unset it");
            }
            return Optional.of(read(file));
        }
        for (Path dir : searchPath) {
            for (String name : NAMES) {
                Path file = dir.resolve(name);
                if (Files.isRegularFile(file)) {
                    return Optional.of(read(file));
                }
            }
        }
        return Optional.empty();
    }

    static CloudsYaml read(Path file) {
        JsonNode root = parse(file);
        JsonNode clouds = root.path("clouds");
        if (!clouds.isObject()) {
            throw new CloudmakerException(file + " has no \"clouds:\" mapping; write it as openstacksdk expects, e.g. "
                    + "clouds: {mycloud: {auth: {auth_url: ..., username: ..., password: ...}, region_name: ...}}");
        }
        JsonNode secure = null;
        for (String name : List.of("secure.yaml", "secure.yml", "secure.json")) {
            Path beside = file.resolveSibling(name);
            if (Files.isRegularFile(beside)) {
                secure = parse(beside).path("clouds");
                break;
            }
        }
        return new CloudsYaml(file, clouds, secure);
    }

    private static JsonNode parse(Path file) {
        try {
            JsonNode root = YAML.readTree(file.toFile());
            return root == null ? YAML.createObjectNode() : root;
        } catch (IOException e) {
            // Jackson's message quotes the document; say where, not what (a password may be on that line)
            String where = e instanceof com.fasterxml.jackson.core.JsonProcessingException p && p.getLocation() != null
                    ? " at line " + p.getLocation().getLineNr() + ", column " + p.getLocation().getColumnNr() : "";
            throw new CloudmakerException(file + " is not valid YAML" + where + "; fix it (openstack --os-cloud NAME "
                    + "token issue shows the same file's errors)");
        }
    }

    List<String> names() {
        List<String> out = new ArrayList<>();
        clouds.fieldNames().forEachRemaining(out::add);
        return out;
    }

    /** The only cloud, when the file has exactly one (the SDK then uses it without being told). */
    Optional<String> onlyCloud() {
        List<String> names = names();
        return names.size() == 1 ? Optional.of(names.getFirst()) : Optional.empty();
    }

    /** The cloud's settings, flat: the {@code auth} keys and the top-level ones, {@code secure.yaml}'s over them. */
    Map<String, String> cloud(String name) {
        JsonNode cloud = clouds.get(name);
        if (cloud == null || !cloud.isObject()) {
            throw new CloudmakerException(file + " has no cloud \"" + name + "\" (it has: " + String.join(", ", names())
                    + "); fix \"cloud\" in cloud.json or OS_CLOUD, or add the cloud to the file");
        }
        Map<String, String> out = new LinkedHashMap<>();
        flatten(cloud, out);
        if (secure != null && secure.get(name) != null) {
            flatten(secure.get(name), out);
        }
        return out;
    }

    private static void flatten(JsonNode cloud, Map<String, String> out) {
        cloud.properties().forEach(e -> {
            if (e.getKey().equals("auth") && e.getValue().isObject()) {
                e.getValue().properties().forEach(a -> {
                    if (a.getValue().isValueNode()) {
                        out.put(a.getKey(), a.getValue().asText());
                    }
                });
            } else if (e.getValue().isValueNode()) {
                out.put(e.getKey(), e.getValue().asText());
            }
        });
    }
}
