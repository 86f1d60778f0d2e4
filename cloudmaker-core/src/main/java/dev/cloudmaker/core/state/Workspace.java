package dev.cloudmaker.core.state;

import java.nio.file.Path;

/** A definition directory: cloud.json, security.json, the inventory, and cloudmaker's own state in .cloudmaker/. */
public record Workspace(Path dir) {
    public Workspace {
        dir = dir.toAbsolutePath().normalize();
    }

    public Path cloudJson() {
        return dir.resolve("cloud.json");
    }

    public Path securityJson() {
        return dir.resolve("security.json");
    }

    public Path inventoryFile() {
        return dir.resolve("cloudmaker_inventory.json");
    }

    public Path stateDir() {
        return dir.resolve(".cloudmaker");
    }
}
