package dev.cloudmaker.core.inventory;

import dev.cloudmaker.core.model.Networking;
import java.util.List;

/** One server in {@code cloudmaker_inventory.json}: the seed tool's fields, plus id, state and the provider it runs on. */
public record InventoryEntry(String name, String id, String status, List<String> names, String region,
                             Networking networking, boolean backups, String image, String size, String provider) {
    public InventoryEntry {
        names = List.copyOf(names);
    }
}
