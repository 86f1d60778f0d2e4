package dev.cloudmaker.cli.command;

import dev.cloudmaker.cli.Session;
import dev.cloudmaker.core.engine.ApplyListener;
import dev.cloudmaker.core.engine.EngineSettings;

/**
 * Writes cloudmaker_inventory.json again after a command that changed servers, so the file says what the
 * cloud has now (the seed's promise). Only where there is a cloud.json: the inventory lives beside it.
 */
final class InventoryRefresh {
    private InventoryRefresh() {
    }

    static void after(Session session) {
        if (!session.hasDefinition()) {
            return;
        }
        try {
            session.operations(EngineSettings.defaults(), ApplyListener.NONE).inventory();
        } catch (RuntimeException e) {
            // the command's own result is what counts; the next command or `cloudmaker inventory` writes it
            session.err().println(session.style().warn("warning: ") + session.workspace().inventoryFile().getFileName()
                    + " could not be written again: " + e.getMessage() + "; `cloudmaker inventory` writes it");
        }
    }
}
