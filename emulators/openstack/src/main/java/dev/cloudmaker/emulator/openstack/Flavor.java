package dev.cloudmaker.emulator.openstack;

import java.util.List;
import java.util.Optional;

/** A Nova flavor: devstack's m1 family, whose ids are digits as there. */
record Flavor(String id, String name, int vcpus, int ram, int disk) {
    static final List<Flavor> ALL = List.of(
            new Flavor("1", "m1.tiny", 1, 512, 1),
            new Flavor("2", "m1.small", 1, 2048, 20),
            new Flavor("3", "m1.medium", 2, 4096, 40),
            new Flavor("4", "m1.large", 4, 8192, 80),
            new Flavor("5", "m1.xlarge", 8, 16384, 160));

    static Optional<Flavor> byId(String id) {
        return ALL.stream().filter(f -> f.id.equals(id)).findFirst();
    }
}
