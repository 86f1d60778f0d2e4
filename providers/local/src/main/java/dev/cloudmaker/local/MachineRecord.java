package dev.cloudmaker.local;

import java.util.List;

/**
 * What cloudmaker keeps of one local machine in {@code machines/<id>/machine.json}: enough to list it
 * as a server, find its process and remove every trace of it.
 */
record MachineRecord(
        String id,
        String name,
        String image,
        String imageRoot,
        String size,
        String bridge,
        String address,
        List<String> tags,
        long pid,
        long pidStartTime,
        String createdAt) {

    MachineRecord {
        tags = List.copyOf(tags);
    }

    MachineProcess process() {
        return new MachineProcess(pid, pidStartTime);
    }

    MachineRecord withProcess(MachineProcess p) {
        return new MachineRecord(id, name, image, imageRoot, size, bridge, address, tags, p.pid(), p.startTime(), createdAt);
    }

    MachineRecord withSize(String newSize) {
        return new MachineRecord(id, name, image, imageRoot, newSize, bridge, address, tags, pid, pidStartTime, createdAt);
    }
}
