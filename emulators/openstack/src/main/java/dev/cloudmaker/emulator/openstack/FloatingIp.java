package dev.cloudmaker.emulator.openstack;

import java.time.Instant;

/** A Neutron floating IP from an external network; {@code portId} and {@code fixedIp} are null while unassociated. */
record FloatingIp(String id, String address, String networkId, String portId, String fixedIp, String description,
                  Instant created, Instant updated) {

    FloatingIp associated(String port, String fixed, Instant now) {
        return new FloatingIp(id, address, networkId, port, fixed, description, created, now);
    }
}
