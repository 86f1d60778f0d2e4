package dev.cloudmaker.local;

import java.util.List;

/**
 * What cloudmaker keeps of one local machine in {@code machines/<id>/machine.json}: enough to list it
 * as a server, find its process, start it again after a stop and remove every trace of it. A stopped
 * machine records no process ({@code pid} 0). {@code imageRoot} is the overlay's lower folder the
 * machine was made on (null in records of machines made before versioned images).
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

    MachineRecord withoutProcess() {
        return withProcess(MachineProcess.NONE);
    }

    MachineRecord withSize(String newSize) {
        return new MachineRecord(id, name, image, imageRoot, newSize, bridge, address, tags, pid, pidStartTime, createdAt);
    }

    MachineRecord withImageRoot(String root) {
        return new MachineRecord(id, name, image, root, size, bridge, address, tags, pid, pidStartTime, createdAt);
    }

    MachineRecord withTags(List<String> newTags) {
        return new MachineRecord(id, name, image, imageRoot, size, bridge, address, newTags, pid, pidStartTime, createdAt);
    }
}
