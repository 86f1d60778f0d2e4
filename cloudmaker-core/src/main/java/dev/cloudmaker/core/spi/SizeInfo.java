package dev.cloudmaker.core.spi;

import java.util.List;

/** A size from the live catalogue. */
public record SizeInfo(String slug, int memoryMb, int vcpus, int diskGb, double priceMonthly,
                       boolean available, List<String> regions, String description) {
    public SizeInfo {
        regions = List.copyOf(regions);
    }
}
