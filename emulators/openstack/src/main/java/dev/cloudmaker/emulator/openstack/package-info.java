/**
 * A wire-compatible OpenStack cloud on 127.0.0.1 (Keystone v3, Nova, Glance v2, Neutron, Designate v2 behind one
 * port with devstack-style paths) for tests, the sandbox and benchmarks, on the emulator kit.
 */
package dev.cloudmaker.emulator.openstack;
