package dev.cloudmaker.cli.command;

import dev.cloudmaker.cli.ExitCodes;
import dev.cloudmaker.cli.Session;
import dev.cloudmaker.cli.view.Table;
import dev.cloudmaker.core.engine.ApplyListener;
import dev.cloudmaker.core.engine.EngineSettings;
import dev.cloudmaker.core.inventory.Inventory;
import dev.cloudmaker.core.inventory.InventoryEntry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import picocli.CommandLine.Command;

@Command(name = "inventory", mixinStandardHelpOptions = true,
        description = "Write cloudmaker_inventory.json (the namespace's servers, with the DNS names pointing at them) and print it.")
public final class InventoryCommand extends SessionCommand {
    @Override
    int run(Session session) {
        Inventory inventory = session.operations(EngineSettings.defaults(), ApplyListener.NONE).inventory();
        if (session.options().json()) {
            try {
                session.out().print(Files.readString(session.workspace().inventoryFile()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return ExitCodes.OK;
        }
        Table table = new Table("NAME", "STATUS", "REGION", "SIZE", "IMAGE", "IPV4", "IPV6", "PRIVATE", "DNS NAMES");
        for (InventoryEntry e : inventory.entries()) {
            table.row(e.name(), e.status(), e.region(), e.size(), e.image(), e.networking().publicIpv4(),
                    e.networking().publicIpv6(), e.networking().privateIpv4(), e.names().isEmpty() ? null : String.join(",", e.names()));
        }
        table.print(session.out());
        session.err().println(inventory.entries().size() + " server(s); written to " + session.workspace().inventoryFile().getFileName());
        return ExitCodes.OK;
    }
}
