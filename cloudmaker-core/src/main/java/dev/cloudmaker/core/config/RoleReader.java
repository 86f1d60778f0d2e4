package dev.cloudmaker.core.config;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cloudmaker.core.model.role.BootstrapSettings;
import dev.cloudmaker.core.model.role.CommandSpec;
import dev.cloudmaker.core.model.role.ConfigManagement;
import dev.cloudmaker.core.model.role.FileSpec;
import dev.cloudmaker.core.model.role.PortSpec;
import dev.cloudmaker.core.model.role.RoleSpec;
import dev.cloudmaker.core.model.role.UserSpec;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads the {@code roles}, {@code bootstrap} and provider-option objects of a schema-valid cloud.json. */
final class RoleReader {
    private RoleReader() {
    }

    static Map<String, RoleSpec> roles(JsonNode roles) {
        Map<String, RoleSpec> out = new LinkedHashMap<>();
        roles.properties().forEach(e -> out.put(e.getKey(), role(e.getKey(), e.getValue())));
        return out;
    }

    static BootstrapSettings bootstrap(JsonNode b) {
        BootstrapSettings d = BootstrapSettings.defaults();
        return new BootstrapSettings(b.path("enabled").asBoolean(d.enabled()),
                b.path("admin_user").asText(d.adminUser()), b.path("ssh_port").asInt(d.sshPort()));
    }

    /** A flat provider-option object: every value as text. */
    private static RoleSpec role(String name, JsonNode r) {
        JsonNode cm = r.path("config_management");
        return new RoleSpec(name,
                texts(r.path("packages")),
                list(r.path("users"), u -> new UserSpec(u.path("name").asText(), texts(u.path("groups")),
                        texts(u.path("ssh_keys")), u.path("sudo").asBoolean(false))),
                list(r.path("files"), f -> new FileSpec(f.path("path").asText(), textOrNull(f, "content"),
                        textOrNull(f, "source"), f.path("mode").asText("0644"), f.path("owner").asText("root"))),
                list(r.path("commands"), c -> new CommandSpec(c.path("run").asText(), textOrNull(c, "creates"), textOrNull(c, "unless"))),
                list(r.path("ports"), RoleReader::port),
                cm.isObject() ? new ConfigManagement(cm.path("tool").asText(), textOrNull(cm, "apply")) : null,
                textOrNull(r, "class"));
    }

    private static PortSpec port(JsonNode p) {
        if (p.isIntegralNumber()) {
            return new PortSpec(p.asInt(), "tcp");
        }
        String[] parts = p.asText().split("/");
        return new PortSpec(Integer.parseInt(parts[0]), parts[1]);
    }

    private static <T> List<T> list(JsonNode array, java.util.function.Function<JsonNode, T> item) {
        List<T> out = new ArrayList<>();
        array.forEach(n -> out.add(item.apply(n)));
        return out;
    }

    private static List<String> texts(JsonNode array) {
        return list(array, JsonNode::asText);
    }

    private static String textOrNull(JsonNode n, String field) {
        JsonNode v = n.path(field);
        return v.isTextual() ? v.asText() : null;
    }
}
