package dev.cloudmaker.emulator.digitalocean;

/** A public image; {@code category} is the list filter: distribution or application. */
record CatalogImage(long id, String slug, String name, String distribution, String category, int minDiskSize,
                    double sizeGigabytes, String description) {
}
