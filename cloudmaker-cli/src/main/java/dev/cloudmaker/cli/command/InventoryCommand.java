package dev.cloudmaker.cli.command;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cloudmaker.cli.ExitCodes;
import dev.cloudmaker.cli.ServerAccess;
import dev.cloudmaker.cli.Session;
import dev.cloudmaker.cli.UsageException;
import dev.cloudmaker.cli.view.AnsibleInventory;
import dev.cloudmaker.cli.view.Table;
import dev.cloudmaker.core.engine.ApplyListener;
import dev.cloudmaker.core.engine.EngineSettings;
import dev.cloudmaker.core.http.Json;
import dev.cloudmaker.core.inventory.Inventory;
import dev.cloudmaker.core.inventory.InventoryEntry;
import dev.cloudmaker.core.model.Definition;
import dev.cloudmaker.core.model.ServerSpec;
import dev.cloudmaker.ssh.bootstrap.ShellQuote;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "inventory", mixinStandardHelpOptions = true,
        description = {"Write cloudmaker_inventory.json (the namespace's servers, with the DNS names pointing at them) and print it.",
                "Without a cloud.json (security.json is enough), or with --all, it lists every server in the account, "
                        + "whatever its namespace, as the original cloudmaker did; with --all the file stays the namespace's.",
                "--format ansible prints an inventory Ansible reads instead (save it as hosts.json, then "
                        + "ansible -i hosts.json web -m ping): a group for the namespace and one per role, each server with "
                        + "its address, the admin user, the SSH port, the key and the pinned host key."})
public final class InventoryCommand extends SessionCommand {
    enum Format { TABLE, JSON, ANSIBLE }

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "table (the default), json (the document --json prints) or ansible (Ansible's own format, with --json too).")
    Format format;

    @Option(names = "--all", description = "Every server in the account, in any namespace or none (without a cloud.json, the default).")
    boolean all;

    @Override
    int run(Session session) {
        // with --json a table is not asked for: the document is printed instead
        Format chosen = format == Format.ANSIBLE ? Format.ANSIBLE : format == Format.JSON || session.options().json() ? Format.JSON : Format.TABLE;
        if (all || !session.hasDefinition()) {
            if (chosen == Format.ANSIBLE) {
                throw new UsageException("--format ansible lists the namespace's servers with cloud.json's roles"
                        + " and login; it needs a cloud.json and no --all");
            }
            return new AccountInventoryView(session, chosen == Format.JSON).print(session.hasDefinition());
        }
        Inventory inventory = session.operations(EngineSettings.defaults(), ApplyListener.NONE).inventory();
        switch (chosen) {
            case JSON -> session.json().write(document(session.workspace().inventoryFile()));
            case ANSIBLE -> session.json().writeForeign(ansible(session, inventory));
            case TABLE -> {
                Table table = new Table("NAME", "STATUS", "PROVIDER", "REGION", "SIZE", "IMAGE", "IPV4", "IPV6", "PRIVATE", "DNS NAMES");
                for (InventoryEntry e : inventory.entries()) {
                    table.row(e.name(), e.status(), e.provider(), e.region(), e.size(), e.image(), e.networking().publicIpv4(),
                            e.networking().publicIpv6(), e.networking().privateIpv4(), e.names().isEmpty() ? null : String.join(",", e.names()));
                }
                table.print(session.out());
                session.err().println(inventory.entries().size() + " server(s); written to " + session.workspace().inventoryFile().getFileName());
            }
        }
        return ExitCodes.OK;
    }

    /** {@code {"file": ..., "servers": [...]}}: the file's entries in its order, each with its name. */
    private static ObjectNode document(Path file) {
        try {
            return document(Json.MAPPER.readTree(file.toFile())).put("file", file.getFileName().toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code {"servers": [...]}} from an inventory in the file's form (name → entry), each entry with its name. */
    static ObjectNode document(JsonNode written) {
        ObjectNode doc = Json.object();
        ArrayNode servers = doc.putArray("servers");
        written.properties().forEach(e -> servers.addObject().put("name", e.getKey()).setAll((ObjectNode) e.getValue()));
        return doc;
    }

    /** The port is the one sshd listens on after bootstrap: inventories are for configured servers. */
    private static ObjectNode ansible(Session session, Inventory inventory) {
        Definition def = session.definition();
        ServerAccess access = new ServerAccess(session);
        String keyFile = access.privateKeyFile().map(Object::toString).orElse(null); // none: Ansible's ssh asks the agent
        return AnsibleInventory.of(def.namespace(), inventory.entries(), name -> def.server(name).map(ServerSpec::role),
                name -> new AnsibleInventory.Login(access.user(), def.bootstrap().sshPort(), keyFile,
                        ShellQuote.join(access.hostKeyOptions(name))));
    }
}
