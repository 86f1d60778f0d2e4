/**
 * A stateful, wire-compatible emulator of the DigitalOcean API v2 (droplets, actions, keys, tags, domains,
 * records, catalogue) on the emulator kit: {@link dev.cloudmaker.emulator.digitalocean.DigitalOceanEmulator} for
 * tests that seed and inspect it, {@link dev.cloudmaker.emulator.digitalocean.DigitalOceanEmulatorFactory} for
 * starting it by type.
 */
package dev.cloudmaker.emulator.digitalocean;
