package dev.cloudmaker.emulator.digitalocean;

import java.util.List;

/** A datacenter region. */
record CatalogRegion(String slug, String name, List<String> features, boolean available) {
}
