package dev.cloudmaker.cli.command;

import dev.cloudmaker.cli.ExitCodes;
import dev.cloudmaker.cli.Session;
import dev.cloudmaker.cli.view.Table;
import dev.cloudmaker.core.engine.AccountInventory;
import dev.cloudmaker.core.engine.EngineSettings;
import dev.cloudmaker.core.http.Json;
import dev.cloudmaker.core.inventory.Inventory;
import dev.cloudmaker.core.inventory.InventoryEntry;
import java.util.List;

/**
 * {@code cloudmaker inventory} over the whole account, as the seed tool's: every server of the definition's
 * providers (the seed format's one without a cloud.json), whatever its namespace. Without a cloud.json it writes
 * cloudmaker_inventory.json; with one (--all) that file stays the namespace's, which provision keeps current.
 */
final class AccountInventoryView {
    private final Session session;
    private final boolean json;

    AccountInventoryView(Session session, boolean json) {
        this.session = session;
        this.json = json;
    }

    int print(boolean hasDefinition) {
        Inventory inventory = AccountInventory.read(session.providers(),
                hasDefinition ? session.definition().servers() : List.of(), EngineSettings.defaults());
        String file = session.workspace().inventoryFile().getFileName().toString();
        if (!hasDefinition) {
            inventory.write(session.workspace().inventoryFile());
        }
        if (json) {
            try {
                session.json().write(InventoryCommand.document(Json.MAPPER.readTree(inventory.json())).put("scope", "account"));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            return ExitCodes.OK;
        }
        Table table = new Table("NAME", "NAMESPACE", "STATUS", "PROVIDER", "REGION", "SIZE", "IMAGE", "IPV4", "IPV6", "PRIVATE",
                "DNS NAMES");
        for (InventoryEntry e : inventory.entries()) {
            table.row(e.name(), e.namespace(), e.status(), e.provider(), e.region(), e.size(), e.image(), e.networking().publicIpv4(),
                    e.networking().publicIpv6(), e.networking().privateIpv4(), e.names().isEmpty() ? null : String.join(",", e.names()));
        }
        table.print(session.out());
        session.err().println(inventory.entries().size() + " server(s) in the account; " + (hasDefinition
                ? file + " is left as the namespace's (run without --all to write it)" : "written to " + file));
        return ExitCodes.OK;
    }
}
