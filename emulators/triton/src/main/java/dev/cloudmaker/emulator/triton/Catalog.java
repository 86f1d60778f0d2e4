package dev.cloudmaker.emulator.triton;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What every emulated datacenter offers: public images (two versions of one name, so {@code name@version} and "the
 * newest" differ), packages (one the default) and a public and a fabric network.
 */
final class Catalog {
    /** The owner of the public images, as IMGAPI's admin account. */
    static final String ADMIN = "930896af-bf8c-48d4-885c-6573a94b1853";

    static final List<TritonImage> IMAGES = List.of(
            publicImage("1d05e788-5409-11eb-b12f-037bd7fee4ee", "base-64-lts", "20.4.0", "smartos", "zone-dataset",
                    "joyent", "2021-01-11T17:50:10Z"),
            publicImage("e44ed3e0-910b-11ed-a5d4-00151714048c", "base-64-lts", "22.4.0", "smartos", "zone-dataset",
                    "joyent", "2023-01-10T14:05:58Z"),
            publicImage("7b5981c4-1889-11e7-b4c5-3f3bdfc9b88b", "ubuntu-16.04", "20170403", "linux", "lx-dataset",
                    "lx", "2017-04-03T15:10:29Z"),
            publicImage("a0e719c2-8d19-4a35-b5a9-97b8e5e8a0b5", "debian-12", "20240612", "linux", "zvol",
                    "bhyve", "2024-06-12T09:12:44Z"),
            publicImage("3a8e2f54-2b8b-4b8e-9a36-ec0e2f4c3f27", "ubuntu-24.04", "20240725", "linux", "zvol",
                    "bhyve", "2024-07-25T11:03:17Z"));

    static final List<TritonPackage> PACKAGES = List.of(
            new TritonPackage("5a2b1a8f-1a4c-4f0e-8c1b-7c2d3e4f5a60", "g1.nano", 512, 10240, 1024, 1, 4000, "1.0.0",
                    "Standard", "Nano 0.5 GB RAM, 1 vCPU and 10 GB disk", false),
            new TritonPackage("6b3c2b90-2b5d-4f1f-9d2c-8d3e4f5a6b71", "g1.small", 1024, 25600, 2048, 1, 4000, "1.0.0",
                    "Standard", "Small 1 GB RAM, 1 vCPU and 25 GB disk", false),
            new TritonPackage("7c4d3ca1-3c6e-4020-ae3d-9e4f5a6b7c82", "g1.medium", 4096, 102400, 8192, 2, 4000, "1.0.0",
                    "Standard", "Medium 4 GB RAM, 2 vCPUs and 100 GB disk", true),
            new TritonPackage("8d5e4db2-4d7f-4131-bf4e-af5a6b7c8d93", "g1.large", 8192, 204800, 16384, 4, 4000, "1.0.0",
                    "Standard", "Large 8 GB RAM, 4 vCPUs and 200 GB disk", false));

    static final TritonNetwork PUBLIC = new TritonNetwork("9ec60129-9034-47b4-b111-3026f9b1a10f", "Joyent-SDC-Public",
            true, false, "203.0.113.0/24", "203.0.113.1", "Public addresses (documentation range)");
    static final TritonNetwork FABRIC = new TritonNetwork("7326787b-8039-436c-a533-5038f7280f04", "My-Fabric-Network",
            false, true, "10.0.0.0/8", "10.0.0.1", "The account's default fabric network");
    static final List<TritonNetwork> NETWORKS = List.of(PUBLIC, FABRIC);

    private Catalog() {
    }

    static Optional<TritonPackage> pkg(String idOrName) {
        return PACKAGES.stream().filter(p -> p.id().equals(idOrName) || p.name().equals(idOrName)).findFirst();
    }

    private static TritonImage publicImage(String id, String name, String version, String os, String type,
                                           String brand, String published) {
        return new TritonImage(id, name, version, os, type, brand, name + " " + version + " (emulated)",
                Instant.parse(published), ADMIN, true, "active", null);
    }
}
