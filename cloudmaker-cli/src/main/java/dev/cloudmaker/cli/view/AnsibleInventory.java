package dev.cloudmaker.cli.view;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cloudmaker.core.http.Json;
import dev.cloudmaker.core.inventory.InventoryEntry;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The inventory as Ansible's YAML inventory plugin reads it (JSON is YAML; save it as a {@code .json}
 * or {@code .yml} file): a group for the namespace holding every server with how to reach it, and a
 * group per role. Group names keep letters, digits and '_', the characters Ansible accepts without warning.
 */
public final class AnsibleInventory {
    /** How to reach one server, in Ansible's host variables; {@code privateKeyFile} null when there is none (the agent holds the key). */
    public record Login(String user, int port, String privateKeyFile, String sshCommonArgs) {
    }

    private AnsibleInventory() {
    }

    /**
     * @param roleOf the role the definition gives a server, if any
     * @param loginOf how to log in to a server, by name
     */
    public static ObjectNode of(String namespace, List<InventoryEntry> entries, Function<String, Optional<String>> roleOf,
                                Function<String, Login> loginOf) {
        ObjectNode root = Json.object();
        ObjectNode groups = root.putObject("all").putObject("children");
        ObjectNode hosts = groups.putObject(groupName("cloudmaker_" + namespace)).putObject("hosts");
        for (InventoryEntry e : entries) {
            Login login = loginOf.apply(e.name());
            ObjectNode vars = hosts.putObject(e.name());
            if (e.networking().publicIpv4() != null) {
                vars.put("ansible_host", e.networking().publicIpv4());
            }
            vars.put("ansible_user", login.user()).put("ansible_port", login.port());
            if (login.privateKeyFile() != null) {
                vars.put("ansible_ssh_private_key_file", login.privateKeyFile());
            }
            vars.put("ansible_ssh_common_args", login.sshCommonArgs())
                    .put("cloudmaker_provider", e.provider());
            roleOf.apply(e.name()).ifPresent(role -> {
                ObjectNode group = groups.has(groupName(role)) ? (ObjectNode) groups.get(groupName(role)) : groups.putObject(groupName(role));
                (group.has("hosts") ? (ObjectNode) group.get("hosts") : group.putObject("hosts")).putObject(e.name());
            });
        }
        return root;
    }

    /** {@code reach-it} becomes {@code reach_it}; a leading digit gets a '_' before it. */
    static String groupName(String name) {
        String g = name.replaceAll("[^A-Za-z0-9_]", "_");
        return Character.isDigit(g.charAt(0)) ? "_" + g : g;
    }
}
