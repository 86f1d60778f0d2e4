package dev.cloudmaker.emulator.digitalocean;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Stored droplet. {@code status} is new, active or off; addresses are allocated at create but only
 * shown once the create action completed. {@code visibleAt} models eventual consistency after create.
 * {@code disk} is the disk in GB as it is now: its size's at create, kept by a resize of CPU and memory only
 * (0 in state files written before it was kept: then its size's).
 */
record Droplet(long id, String name, String region, String size, long imageId, String status, List<String> tags,
               String publicIpv4, String privateIpv4, String publicIpv6, boolean backups, boolean monitoring,
               String vpcUuid, List<Long> snapshotIds, Instant createdAt, Instant visibleAt, int disk) {

    Droplet withStatus(String newStatus) {
        return new Droplet(id, name, region, size, imageId, newStatus, tags, publicIpv4, privateIpv4, publicIpv6,
                backups, monitoring, vpcUuid, snapshotIds, createdAt, visibleAt, disk);
    }

    Droplet withName(String newName) {
        return new Droplet(id, newName, region, size, imageId, status, tags, publicIpv4, privateIpv4, publicIpv6,
                backups, monitoring, vpcUuid, snapshotIds, createdAt, visibleAt, disk);
    }

    /** Another size; the disk grows to {@code newDisk} only when the resize asked for it ({@code disk: true}). */
    Droplet withSize(String newSize, int newDisk) {
        return new Droplet(id, name, region, newSize, imageId, status, tags, publicIpv4, privateIpv4, publicIpv6,
                backups, monitoring, vpcUuid, snapshotIds, createdAt, visibleAt, newDisk);
    }

    int diskGb() {
        return disk > 0 ? disk : Catalog.size(size).map(CatalogSize::disk).orElse(0);
    }

    Droplet withIpv6(String ipv6) {
        return new Droplet(id, name, region, size, imageId, status, tags, publicIpv4, privateIpv4, ipv6,
                backups, monitoring, vpcUuid, snapshotIds, createdAt, visibleAt, disk);
    }

    Droplet withTags(List<String> newTags) {
        return new Droplet(id, name, region, size, imageId, status, List.copyOf(newTags), publicIpv4, privateIpv4,
                publicIpv6, backups, monitoring, vpcUuid, snapshotIds, createdAt, visibleAt, disk);
    }

    Droplet withSnapshot(long imageIdOfSnapshot) {
        List<Long> ids = new ArrayList<>(snapshotIds);
        ids.add(imageIdOfSnapshot);
        return new Droplet(id, name, region, size, imageId, status, tags, publicIpv4, privateIpv4, publicIpv6,
                backups, monitoring, vpcUuid, List.copyOf(ids), createdAt, visibleAt, disk);
    }

    boolean booted() {
        return !status.equals("new");
    }

    boolean hasTag(String tag) {
        return tags.stream().anyMatch(t -> t.equalsIgnoreCase(tag));
    }
}
