package dev.cloudmaker.emulator.triton;

/** A package (a size): memory, disk and swap in MiB, as CloudAPI lists it. */
record TritonPackage(String id, String name, long memory, long disk, long swap, int vcpus, int lwps, String version,
                     String group, String description, boolean defaultPackage) {
}
