package dev.cloudmaker.emulator.digitalocean;

import java.util.List;

/** A droplet size with its monthly price; the hourly price is derived as DigitalOcean does (672 h/month). */
record CatalogSize(String slug, int memory, int vcpus, int disk, double transfer, double priceMonthly,
                   String description, List<String> regions) {

    double priceHourly() {
        return Math.round(priceMonthly / 672.0 * 100000.0) / 100000.0;
    }
}
