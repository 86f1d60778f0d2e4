package dev.cloudmaker.emulator.digitalocean;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Stored droplet. {@code status} is new, active or off; addresses are allocated at create but only
 * shown once the create action completed. {@code visibleAt} models eventual consistency after create.
 */
record Droplet(long id, String name, String region, String size, long imageId, String status, List<String> tags,
               String publicIpv4, String privateIpv4, String publicIpv6, boolean backups, boolean monitoring,
               String vpcUuid, List<Long> snapshotIds, Instant createdAt, Instant visibleAt) {

    Droplet withStatus(String newStatus) {
        return new Droplet(id, name, region, size, imageId, newStatus, tags, publicIpv4, privateIpv4, publicIpv6,
                backups, monitoring, vpcUuid, snapshotIds, createdAt, visibleAt);
    }

    Droplet withName(String newName) {
        return new Droplet(id, newName, region, size, imageId, status, tags, publicIpv4, privateIpv4, publicIpv6,
                backups, monitoring, vpcUuid, snapshotIds, createdAt, visibleAt);
    }

    Droplet withSize(String newSize) {
        return new Droplet(id, name, region, newSize, imageId, status, tags, publicIpv4, privateIpv4, publicIpv6,
                backups, monitoring, vpcUuid, snapshotIds, createdAt, visibleAt);
    }

    Droplet withIpv6(String ipv6) {
        return new Droplet(id, name, region, size, imageId, status, tags, publicIpv4, privateIpv4, ipv6,
                backups, monitoring, vpcUuid, snapshotIds, createdAt, visibleAt);
    }

    Droplet withTags(List<String> newTags) {
        return new Droplet(id, name, region, size, imageId, status, List.copyOf(newTags), publicIpv4, privateIpv4,
                publicIpv6, backups, monitoring, vpcUuid, snapshotIds, createdAt, visibleAt);
    }

    Droplet withSnapshot(long imageIdOfSnapshot) {
        List<Long> ids = new ArrayList<>(snapshotIds);
        ids.add(imageIdOfSnapshot);
        return new Droplet(id, name, region, size, imageId, status, tags, publicIpv4, privateIpv4, publicIpv6,
                backups, monitoring, vpcUuid, List.copyOf(ids), createdAt, visibleAt);
    }

    boolean booted() {
        return !status.equals("new");
    }

    boolean hasTag(String tag) {
        return tags.stream().anyMatch(t -> t.equalsIgnoreCase(tag));
    }
}
