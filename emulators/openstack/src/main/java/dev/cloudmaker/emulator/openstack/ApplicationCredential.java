package dev.cloudmaker.emulator.openstack;

/** A Keystone application credential of the emulated user, bound to its project. */
record ApplicationCredential(String id, String name, String secret) {
    @Override
    public String toString() {
        return "ApplicationCredential[" + id + ", " + name + "]";
    }
}
