package dev.cloudmaker.core.inventory;

import dev.cloudmaker.core.model.Networking;
import java.util.List;

/**
 * One server in {@code cloudmaker_inventory.json}: the seed tool's fields, plus id, state, the provider it runs
 * on and its namespace (null outside every one). {@code numericId}: the cloud's API gives the id as a number
 * (a DigitalOcean droplet's), and the file writes it as one.
 */
public record InventoryEntry(String name, String id, String status, List<String> names, String region,
                             Networking networking, boolean backups, String image, String size, String provider,
                             String namespace, boolean numericId) {
    public InventoryEntry {
        names = List.copyOf(names);
    }
}
