/**
 * {@code "provider": "digitalocean"}: {@link DigitalOceanProvider} speaks API v2 for droplets, SSH keys,
 * snapshots, tags, DNS and the live catalogue over core's {@code JsonApiClient}, with DigitalOcean's paging, rate
 * limits, error bodies, droplet actions and retired slugs. It depends on core only, never on the emulator it is
 * tested against.
 */
package dev.cloudmaker.digitalocean;
